import type { CollectionSlug, Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { isoDate } from '../format'
import { getPayloadClient } from '../payload'

export const PAGE_SIZE = 10

export type Paginated<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/** The start of a calendar year in Chongqing, for year filters on dates stored in UTC. */
export const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00.000+08:00`).toISOString()

export function yearRange(field: string, year: number | undefined): Where[] {
  return year ? [{ [field]: { greater_than_equal: yearStart(year) } }, { [field]: { less_than: yearStart(year + 1) } }] : []
}

/**
 * One page of published documents, read with the public's access rules (never a draft).
 * Every public list goes through here, so the rules and the page size live in one place.
 */
export async function findPublishedPage<T>(
  collection: CollectionSlug,
  locale: Locale,
  { where = [], sort, page = 1, limit = PAGE_SIZE, depth = 1 }: { where?: Where[]; sort: string | string[]; page?: number; limit?: number; depth?: number },
): Promise<Paginated<T>> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection,
    locale,
    overrideAccess: false,
    where: { and: [{ _status: { equals: 'published' } }, ...where] },
    sort,
    page,
    limit,
    depth,
  })
  return { docs: result.docs as T[], page: result.page ?? page, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/** The first and last year that a date field spans among published documents (for year filters). */
export async function publishedYears(collection: CollectionSlug, field: string): Promise<number[]> {
  const payload = await getPayloadClient()
  const edge = async (sort: string) => {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      where: { and: [{ _status: { equals: 'published' } }, { [field]: { exists: true } }] },
      sort,
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const value = (docs[0] as Record<string, unknown> | undefined)?.[field]
    return typeof value === 'string' ? Number(isoDate(value, 'year')) : undefined
  }
  const [first, last] = await Promise.all([edge(field), edge(`-${field}`)])
  if (!first || !last) return []
  return Array.from({ length: last - first + 1 }, (_, i) => last - i)
}

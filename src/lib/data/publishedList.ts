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

type Query = { where?: Where[]; sort: string | string[]; limit?: number; depth?: number }

const publishedWhere = (where: Where[]): Where => ({ and: [{ _status: { equals: 'published' } }, ...where] })

/**
 * The first `limit` published documents, read with the public's access rules (never a draft);
 * no total, so no count query (home page, feeds).
 */
export async function findPublished<T>(
  collection: CollectionSlug,
  locale: Locale,
  { where = [], sort, limit = PAGE_SIZE, depth = 1 }: Query,
): Promise<T[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    overrideAccess: false,
    where: publishedWhere(where),
    sort,
    limit,
    depth,
    pagination: false,
  })
  return docs as T[]
}

/**
 * One page of published documents with the total, read with the public's access rules (never a
 * draft). Every public list goes through here, so the rules and the page size live in one place.
 * The page's ids come first, then its documents: read in one go, Postgres would build the
 * translations and relations of every skipped document too (seconds for page 5,000 of 100,000).
 */
export async function findPublishedPage<T>(
  collection: CollectionSlug,
  locale: Locale,
  { where = [], sort, page = 1, limit = PAGE_SIZE, depth = 1 }: Query & { page?: number },
): Promise<Paginated<T>> {
  const payload = await getPayloadClient()
  const ids = await payload.find({
    collection,
    locale,
    overrideAccess: false,
    where: publishedWhere(where),
    sort,
    page,
    limit,
    depth: 0,
    select: {},
  })
  const docs = ids.docs.length
    ? await findPublished<T>(collection, locale, { where: [{ id: { in: ids.docs.map((doc) => doc.id) } }], sort, limit, depth })
    : []
  return { docs, page: ids.page ?? page, totalPages: ids.totalPages, totalDocs: ids.totalDocs }
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

import type { CollectionSlug, Field, GlobalSlug, Payload } from 'payload'

import { englishStatusFieldName, type EnglishStatus } from '@/collections/shared/translationStatus'

const needsTranslation = ['missing', 'outdated'] as const satisfies EnglishStatus[]
type NeedsTranslation = (typeof needsTranslation)[number]
const newestShown = 5

/** The field holding the English status: content's `englishStatus`, the UI strings' `enStatus`. */
function statusFieldOf(fields: Field[]): string | undefined {
  const field = fields.find((candidate) => 'name' in candidate && (candidate.name === englishStatusFieldName || candidate.name === 'enStatus'))
  return field && 'name' in field ? field.name : undefined
}

export type CollectionBacklog = {
  slug: CollectionSlug
  statusField: string
  counts: Record<NeedsTranslation, number>
  newest: { id: number | string; title: string; updatedAt: string }[]
}

/**
 * For each collection with an English status, how many saved documents lack English or have
 * outdated English, and the newest of them (titles in Chinese). An English draft waiting for an
 * editor still counts.
 */
export async function collectionsNeedingEnglish(payload: Payload): Promise<CollectionBacklog[]> {
  const tracked = payload.config.collections.flatMap((collection) => {
    const statusField = statusFieldOf(collection.fields)
    return statusField ? [{ collection, statusField }] : []
  })
  const backlog = await Promise.all(
    tracked.map(async ({ collection, statusField }): Promise<CollectionBacklog> => {
      const slug = collection.slug as CollectionSlug
      const count = async (status: NeedsTranslation) =>
        (await payload.count({ collection: slug, where: { [statusField]: { equals: status } }, overrideAccess: true })).totalDocs
      const [missing, outdated] = await Promise.all(needsTranslation.map(count))
      const { docs } = await payload.find({
        collection: slug,
        where: { [statusField]: { in: [...needsTranslation] } },
        sort: '-updatedAt',
        limit: newestShown,
        depth: 0,
        locale: 'zh',
        overrideAccess: true,
      })
      const titleField = collection.admin.useAsTitle ?? 'id'
      const newest = docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return { id: doc.id, title: String(record[titleField] ?? doc.id), updatedAt: String(record.updatedAt ?? '') }
      })
      return { slug, statusField, counts: { missing: missing!, outdated: outdated! }, newest }
    }),
  )
  return backlog.filter(({ counts }) => counts.missing + counts.outdated > 0)
}

export type GlobalBacklog = { slug: GlobalSlug; status: NeedsTranslation }

/** The globals (site settings, navigation) whose English is missing or outdated. */
export async function globalsNeedingEnglish(payload: Payload): Promise<GlobalBacklog[]> {
  const tracked = payload.config.globals.filter((global) => statusFieldOf(global.fields))
  const statuses = await Promise.all(
    tracked.map(async (global) => {
      const slug = global.slug as GlobalSlug
      const doc = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
      return { slug, status: (doc as { englishStatus?: EnglishStatus | null }).englishStatus }
    }),
  )
  return statuses.filter((entry): entry is GlobalBacklog => (needsTranslation as readonly unknown[]).includes(entry.status))
}

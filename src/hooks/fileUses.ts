import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Field,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

/** The collections whose files are shown to visitors only while a published document uses them. */
export const fileCollections = ['media', 'documents'] as const
type FileCollection = (typeof fileCollections)[number]

const isFileCollection = (slug: unknown): slug is FileCollection => fileCollections.includes(slug as FileCollection)
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** Images and PDFs that a rich-text body embeds (Lexical upload nodes), at any depth. */
function referencesInRichText(node: unknown, out: Set<string>) {
  if (Array.isArray(node)) node.forEach((child) => referencesInRichText(child, out))
  else if (node && typeof node === 'object') {
    const { type, relationTo, value } = node as { type?: unknown; relationTo?: unknown; value?: unknown }
    if (type === 'upload' && isFileCollection(relationTo)) out.add(`${relationTo}:${String(idOf(value))}`)
    for (const child of Object.values(node)) if (child && typeof child === 'object') referencesInRichText(child, out)
  }
}

/**
 * Every file a document uses, as `media:12` / `documents:3`, read from the document in all
 * locales (`locale: 'all'`: a localized value is an object keyed by locale).
 */
export function fileReferences(fields: Field[], data: unknown, out = new Set<string>()): Set<string> {
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      fileReferences(field.fields, data, out)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) fileReferences(tab.fields, 'name' in tab && tab.name ? record[tab.name] : data, out)
      continue
    }
    if (!('name' in field)) continue
    const value = record[field.name]
    const values = 'localized' in field && field.localized && value && typeof value === 'object' ? Object.values(value) : [value]
    for (const item of values) {
      if (field.type === 'upload' || field.type === 'relationship') {
        for (const entry of Array.isArray(item) ? item : [item]) {
          if (entry === null || entry === undefined) continue
          const polymorphic = typeof entry === 'object' && 'relationTo' in entry ? (entry as { relationTo: string; value: unknown }) : undefined
          const relationTo = polymorphic?.relationTo ?? field.relationTo
          if (isFileCollection(relationTo)) out.add(`${relationTo}:${String(idOf(polymorphic ? polymorphic.value : entry))}`)
        }
      } else if (field.type === 'group') fileReferences(field.fields, item, out)
      else if (field.type === 'array') for (const row of (item as unknown[]) ?? []) fileReferences(field.fields, row, out)
      else if (field.type === 'blocks') {
        for (const row of (item as { blockType?: string }[]) ?? []) {
          const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
          if (block) fileReferences(block.fields, row, out)
        }
      } else if (field.type === 'richText') referencesInRichText(item, out)
    }
  }
  return out
}

/** Sets each file's `public` flag from whether any published document still uses it. */
async function refreshFiles(payload: Payload, req: PayloadRequest, files: Iterable<string>) {
  for (const file of files) {
    const [collection, id] = file.split(':') as [FileCollection, string]
    const { totalDocs } = await payload.count({ collection: 'file-uses', where: { file: { equals: file } }, req, overrideAccess: true })
    // The database directly: the flag is bookkeeping, not an editor's change to audit or publish.
    await payload.db.updateOne({ collection, id, data: { public: totalDocs > 0 }, req, returning: false })
  }
}

/** Replaces a document's recorded file uses with `files` and refreshes every file concerned. */
async function recordUses(req: PayloadRequest, source: string, files: Set<string>) {
  const { payload } = req
  const recorded = await payload.find({ collection: 'file-uses', where: { source: { equals: source } }, pagination: false, depth: 0, req, overrideAccess: true })
  const before = new Set(recorded.docs.map((use) => use.file))
  const gone = recorded.docs.filter((use) => !files.has(use.file))
  if (gone.length > 0) {
    await payload.delete({ collection: 'file-uses', where: { id: { in: gone.map((use) => use.id) } }, req, overrideAccess: true })
  }
  for (const file of files) {
    if (!before.has(file)) await payload.create({ collection: 'file-uses', data: { file, source }, req, overrideAccess: true })
  }
  const changed = new Set([...gone.map((use) => use.file), ...[...files].filter((file) => !before.has(file))])
  await refreshFiles(payload, req, changed)
}

/** The files the published, untrashed version of a document uses (none when it has no such version). */
async function publishedReferences(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string) {
  const published = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    trash: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const live = published && (published as { _status?: string })._status === 'published' && !(published as { deletedAt?: string }).deletedAt
  return live ? fileReferences(collection.fields, published) : new Set<string>()
}

/**
 * After a save that can change what the public sees (a publish, an unpublish, a move to the
 * trash; not a draft, which leaves the published version alone), records the files it uses.
 */
export const recordFileUsesAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context.draftSave === true) return doc
  await recordUses(req, `${collection.slug}:${doc.id}`, await publishedReferences(req, collection, doc.id))
  return doc
}

export const forgetFileUsesAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await recordUses(req, `${collection.slug}:${id}`, new Set())
}

/**
 * Every use by a published document, from scratch, for the migration that introduced the flag
 * (it writes them in bulk).
 */
export async function publishedFileUses(payload: Payload, req: PayloadRequest): Promise<{ file: string; source: string }[]> {
  const uses: { file: string; source: string }[] = []
  for (const collection of payload.config.collections.filter((candidate) => candidate.versions?.drafts)) {
    // By id from the last one read, without counting: each batch costs the same however far in.
    for (let after = 0; ; ) {
      const { docs } = await payload.find({
        collection: collection.slug as CollectionSlug,
        where: { and: [{ _status: { equals: 'published' } }, { id: { greater_than: after } }] },
        sort: 'id',
        locale: 'all',
        depth: 0,
        limit: 500,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs) {
        for (const file of fileReferences(collection.fields, doc)) uses.push({ file, source: `${collection.slug}:${doc.id}` })
      }
      if (docs.length < 500) break
      after = docs.at(-1)!.id as number
    }
  }
  return uses
}

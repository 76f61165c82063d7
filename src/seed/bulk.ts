import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { fingerprint } from '@/collections/shared/translationStatus'
import { slugify } from '@/fields/slug'
import { locales, type Locale } from '@/i18n/locales'
import { database, insertSearchRows, searchRow } from '@/search/indexer'

import { seedMilestones, seedNews, seedPolicies, seedProjects, type Localized, type ProjectStatus } from './content'
import { paragraphs } from './richText'

/**
 * Synthetic published documents by the ten thousand (`npm run seed:bulk`), to see how the portal
 * behaves at scale. Creating them through the Local API takes hours, so each batch is written
 * with multi-row INSERTs straight into the tables Payload made: the collection's table, its
 * `_locales` and `_rels`, the version table (one latest, published version, which the admin
 * lists) with its own `_locales` and `_rels`, and the site search's `search_documents`.
 * The text is demo content (src/seed/content) recombined, in Chinese and the matching English.
 */

export const bulkCollections = ['news', 'projects', 'policies'] as const
export type BulkCollection = (typeof bulkCollections)[number]
export type BulkCounts = Partial<Record<BulkCollection, number>>

/**
 * Synthetic documents are told apart by their slug: `bulk-<index>-<words of the title>`. The index
 * makes document n the same on every run, so a run tops up or cuts back to the asked count.
 */
const SYNTHETIC_SLUG = '^bulk-([0-9]+)(-|$)'
const BATCH_SIZE = 500
const PROGRESS_EVERY = 20

type Row = Record<string, unknown>
type Pair = Localized<string>

/** What the demo content offers to recombine: every text as a Chinese–English pair. */
function demoMaterial() {
  // Paragraph lists are used only where both languages have as many, so paragraph i is the same text.
  const paragraphPairs = (body: Localized<string[]>): Pair[] =>
    body.zh.length === body.en.length ? body.zh.map((zh, index) => ({ zh, en: body.en[index]! })) : []
  const titles = [
    ...seedNews.map((item) => item.title),
    ...seedPolicies.map((item) => item.title),
    ...seedProjects.map((item) => item.name),
    ...seedMilestones.map((item) => item.title),
  ]
  return {
    // The English title's words make the slug readable; computed once per title, not per document.
    titles: titles.map((title) => ({ title, slugWords: slugify(title.en).slice(0, 40).replace(/-+[^-]*$/, '') })),
    summaries: [...seedNews, ...seedProjects, ...seedPolicies].map((item) => item.summary),
    paragraphs: [...seedNews, ...seedProjects, ...seedPolicies].flatMap((item) => paragraphPairs(item.body)),
    sources: seedNews.map((item) => item.source),
    issuingBodies: seedPolicies.map((item) => item.issuingBody),
    areas: seedProjects.flatMap((item) => (item.location ? [item.location] : [])),
  }
}

type Material = ReturnType<typeof demoMaterial>

/** The seeded rows synthetic documents point to. */
type Targets = {
  categories: Record<BulkCollection, number[]>
  tags: number[]
  covers: Record<'news' | 'projects', (number | null)[]>
}

/** A small deterministic generator (mulberry32): document n gets the same text on every run. */
function randomFor(collection: BulkCollection, index: number) {
  let state = (index + 1) * 0x9e3779b1 + bulkCollections.indexOf(collection)
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const some = <T>(list: readonly T[], min: number, max: number): T[] =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(list))
  // Dates over eleven years (2015–2025), at noon in Chongqing like the demo seed's.
  const day = () => {
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 4018) * 86_400_000).toISOString().slice(0, 10)
    return new Date(`${date}T12:00:00.000+08:00`).toISOString()
  }
  return { next, pick, some, day }
}

/**
 * One synthetic document: the collection table's own columns, per locale the document as the
 * Local API returns it at depth 0 (for the search index and the English status) and the columns
 * of its `_locales` row, and its relations.
 */
type BulkDocument = {
  slug: string
  date: string
  columns: Row
  locales: Record<Locale, { doc: Row; columns: Row }>
  relations: { path: string; column: string; id: number }[]
}

function bilingual(build: (locale: Locale) => { doc: Row; columns: Row }): BulkDocument['locales'] {
  return { zh: build('zh'), en: build('en') }
}

const projectStatuses: ProjectStatus[] = ['preparatory', 'under-construction', 'completed', 'in-operation']

const builders: Record<BulkCollection, (index: number, material: Material, targets: Targets) => BulkDocument> = {
  news(index, material, targets) {
    const random = randomFor('news', index)
    const { title, slugWords } = random.pick(material.titles)
    const summary = random.pick(material.summaries)
    const body = random.some(material.paragraphs, 3, 8)
    const source = random.pick(material.sources)
    const publishedAt = random.day()
    const tags = [...new Set(random.some(targets.tags, 0, 2))]
    return {
      slug: `bulk-${index}-${slugWords}`,
      date: publishedAt,
      columns: {
        published_at: publishedAt,
        category_id: random.pick(targets.categories.news),
        cover_id: random.pick(targets.covers.news),
      },
      locales: bilingual((locale) => {
        const doc = {
          title: title[locale],
          summary: summary[locale],
          body: paragraphs(...body.map((paragraph) => paragraph[locale])),
          source: source[locale],
          publishedAt,
        }
        return { doc, columns: { title: doc.title, summary: doc.summary, body: JSON.stringify(doc.body), source: doc.source } }
      }),
      relations: tags.map((id) => ({ path: 'tags', column: 'tags_id', id })),
    }
  },
  projects(index, material, targets) {
    const random = randomFor('projects', index)
    const { title, slugWords } = random.pick(material.titles)
    const summary = random.pick(material.summaries)
    const body = random.some(material.paragraphs, 2, 6)
    const area = random.pick(material.areas)
    const startDate = random.day()
    return {
      slug: `bulk-${index}-${slugWords}`,
      date: startDate,
      columns: {
        status: random.pick(projectStatuses),
        progress: Math.floor(random.next() * 101),
        start_date: startDate,
        start_date_precision: 'day',
        category_id: random.pick(targets.categories.projects),
        cover_id: random.pick(targets.covers.projects),
        featured: false,
      },
      locales: bilingual((locale) => {
        const doc = {
          name: title[locale],
          summary: summary[locale],
          body: paragraphs(...body.map((paragraph) => paragraph[locale])),
          location: { area: area[locale] },
          startDate,
          startDatePrecision: 'day',
        }
        return {
          doc,
          columns: { name: doc.name, summary: doc.summary, body: JSON.stringify(doc.body), location_area: doc.location.area },
        }
      }),
      relations: [],
    }
  },
  policies(index, material, targets) {
    const random = randomFor('policies', index)
    const { title, slugWords } = random.pick(material.titles)
    const summary = random.pick(material.summaries)
    const body = random.some(material.paragraphs, 3, 8)
    const issuingBody = random.pick(material.issuingBodies)
    const issueDate = random.day()
    return {
      slug: `bulk-${index}-${slugWords}`,
      date: issueDate,
      columns: {
        issue_date: issueDate,
        issue_date_precision: 'day',
        validity: 'in-force',
        category_id: random.pick(targets.categories.policies),
      },
      locales: bilingual((locale) => {
        const doc = {
          title: title[locale],
          summary: summary[locale],
          body: paragraphs(...body.map((paragraph) => paragraph[locale])),
          issuingBody: issuingBody[locale],
          issueDate,
          issueDatePrecision: 'day',
        }
        return {
          doc,
          columns: { title: doc.title, summary: doc.summary, body: JSON.stringify(doc.body), issuing_body: doc.issuingBody },
        }
      }),
      relations: [],
    }
  },
}

type Database = Awaited<ReturnType<typeof database>>

async function insertRows(db: Database, table: string, rows: Row[]) {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0]!)
  await db.execute(sql`
    INSERT INTO ${sql.identifier(table)} (${sql.join(
      columns.map((column) => sql.identifier(column)),
      sql`, `,
    )})
    VALUES ${sql.join(
      rows.map((row) => sql`(${sql.join(columns.map((column) => sql`${row[column]}`), sql`, `)})`),
      sql`, `,
    )}`)
}

/** Ids taken from the table's own sequence, so later documents created in the admin never clash. */
async function nextIds(db: Database, table: string, count: number): Promise<number[]> {
  const { rows } = await db.execute(
    sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${count})`,
  )
  return rows.map((row) => (row as { id: number }).id)
}

const prefixed = (prefix: string, row: Row): Row => Object.fromEntries(Object.entries(row).map(([key, value]) => [`${prefix}${key}`, value]))

/** Writes documents `from` … `to - 1` of a collection. */
async function writeBatch(payload: Payload, req: Partial<PayloadRequest>, collection: BulkCollection, from: number, to: number, material: Material, targets: Targets) {
  const db = await database(payload, req)
  const fields = payload.collections[collection].config.fields
  const documents = Array.from({ length: to - from }, (_, offset) => builders[collection](from + offset, material, targets))
  const ids = await nextIds(db, collection, documents.length)
  const versionIds = await nextIds(db, `_${collection}_v`, documents.length)

  const main: Row[] = []
  const localeRows: Row[] = []
  const relationRows: Row[] = []
  const versions: Row[] = []
  const versionLocales: Row[] = []
  const versionRelations: Row[] = []
  const searchRows: ReturnType<typeof searchRow>[] = []
  documents.forEach((document, position) => {
    const id = ids[position]!
    const versionId = versionIds[position]!
    // Both languages written by their translators at once: the English is up to date.
    const zh = fingerprint(fields, document.locales.zh.doc)
    const row = {
      slug: document.slug,
      _status: 'published',
      created_at: document.date,
      updated_at: document.date,
      english_status: 'current',
      translation_fingerprints_zh: zh,
      translation_fingerprints_en: fingerprint(fields, document.locales.en.doc),
      translation_fingerprints_zh_at_english_edit: zh,
      ...document.columns,
    }
    main.push({ id, ...row })
    versions.push({
      id: versionId,
      parent_id: id,
      latest: true,
      autosave: false,
      created_at: document.date,
      updated_at: document.date,
      ...prefixed('version_', row),
    })
    for (const locale of locales) {
      const { doc, columns } = document.locales[locale]
      localeRows.push({ _locale: locale, _parent_id: id, ...columns })
      versionLocales.push({ _locale: locale, _parent_id: versionId, ...prefixed('version_', columns) })
      searchRows.push(searchRow(collection, locale, { id, slug: document.slug, ...doc }))
    }
    document.relations.forEach(({ path, column, id: target }, order) => {
      relationRows.push({ parent_id: id, path, order: order + 1, [column]: target })
      versionRelations.push({ parent_id: versionId, path: `version.${path}`, order: order + 1, [column]: target })
    })
  })
  await insertRows(db, collection, main)
  await insertRows(db, `${collection}_locales`, localeRows)
  await insertRows(db, `${collection}_rels`, relationRows)
  await insertRows(db, `_${collection}_v`, versions)
  await insertRows(db, `_${collection}_v_locales`, versionLocales)
  await insertRows(db, `_${collection}_v_rels`, versionRelations)
  await insertSearchRows(payload, req, searchRows)
}

/**
 * Runs `write` with the search table's GIN indexes dropped and built again afterwards, in the
 * caller's transaction: updating them row by row costs 3 of every 4 seconds of a bulk insert,
 * building them once is far quicker. Their definitions are read from the database, so they come
 * back exactly as the migrations made them (and with the transaction, also when `write` fails).
 */
async function withoutSearchIndexes(db: Database, write: () => Promise<void>) {
  const { rows } = await db.execute(
    sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'search_documents' AND indexdef LIKE '% USING gin %'`,
  )
  const indexes = rows as { indexname: string; indexdef: string }[]
  for (const { indexname } of indexes) await db.execute(sql`DROP INDEX ${sql.identifier(indexname)}`)
  await write()
  await db.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`)
  for (const { indexdef } of indexes) await db.execute(sql.raw(indexdef))
}

const syntheticIndex = sql.raw(`substring(slug from '${SYNTHETIC_SLUG}')::int`)

/** How many synthetic documents a collection holds, and whether they are documents 0 … n-1. */
async function syntheticState(db: Database, collection: BulkCollection) {
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS count, coalesce(max(${syntheticIndex}) + 1, 0)::int AS next
    FROM ${sql.identifier(collection)} WHERE slug ~ ${SYNTHETIC_SLUG}`)
  const { count, next } = rows[0] as { count: number; next: number }
  return { count, contiguous: count === next }
}

/** Removes the synthetic documents numbered `from` and up, with their versions and search rows. */
async function removeSynthetic(db: Database, collection: BulkCollection, from: number) {
  const doomed = sql`SELECT id FROM ${sql.identifier(collection)} WHERE slug ~ ${SYNTHETIC_SLUG} AND ${syntheticIndex} >= ${from}`
  await db.execute(sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id IN (${doomed})`)
  await db.execute(sql`DELETE FROM ${sql.identifier(`_${collection}_v`)} WHERE parent_id IN (${doomed})`)
  // The locales and relation rows go with the document (ON DELETE CASCADE).
  await db.execute(sql`DELETE FROM ${sql.identifier(collection)} WHERE id IN (${doomed})`)
}

async function seededTargets(db: Database): Promise<Targets> {
  const ids = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rows.map((row) => (row as { id: number }).id)
  const categories = async (scope: BulkCollection) => {
    const found = await ids(sql`SELECT id FROM categories WHERE scope = ${scope} ORDER BY id`)
    if (found.length === 0) throw new Error(`No ${scope} categories: run the demo seed first`)
    return found
  }
  return {
    categories: { news: await categories('news'), projects: await categories('projects'), policies: await categories('policies') },
    tags: await ids(sql`SELECT id FROM tags ORDER BY id`),
    // The demo seed's placeholder covers; a document without one is fine too.
    covers: {
      news: [...(await ids(sql`SELECT id FROM media WHERE filename LIKE 'news-%' ORDER BY id`)), null],
      projects: [...(await ids(sql`SELECT id FROM media WHERE filename LIKE 'project-%' ORDER BY id`)), null],
    },
  }
}

/** From this many new documents on, the search indexes are built again rather than updated. */
const REBUILD_SEARCH_INDEXES_FROM = 10_000

type Progress = (line: string) => void

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Adds or removes one collection's synthetic documents in `req`'s transaction; false when none. */
async function syncCollection(
  payload: Payload,
  req: Partial<PayloadRequest>,
  collection: BulkCollection,
  wanted: number,
  material: Material,
  log: Progress,
): Promise<boolean> {
  const started = Date.now()
  const db = await database(payload, req)
  const state = await syntheticState(db, collection)
  // Documents deleted one by one (in the admin) leave gaps that numbering cannot fill: start over.
  if (!state.contiguous) await removeSynthetic(db, collection, 0)
  const have = state.contiguous ? state.count : 0
  if (have === wanted) {
    log(`${collection}: ${wanted} synthetic documents already there`)
    return false
  }
  if (have > wanted) {
    await removeSynthetic(db, collection, wanted)
    log(`${collection}: removed ${have - wanted} synthetic documents, ${wanted} left (${seconds(started)})`)
    return true
  }
  const targets = await seededTargets(db)
  const write = async () => {
    for (let from = have, batch = 1; from < wanted; from += BATCH_SIZE, batch++) {
      const to = Math.min(wanted, from + BATCH_SIZE)
      await writeBatch(payload, req, collection, from, to, material, targets)
      if (batch % PROGRESS_EVERY === 0 || to === wanted) log(`${collection}: ${to} / ${wanted} (${seconds(started)})`)
    }
  }
  if (wanted - have < REBUILD_SEARCH_INDEXES_FROM) {
    await write()
  } else {
    await withoutSearchIndexes(db, write)
    log(`${collection}: search indexes built (${seconds(started)})`)
  }
  return true
}

/**
 * Brings each collection's synthetic documents to the asked count: nothing when it already holds
 * that many, otherwise it adds the missing ones or removes the surplus (the highest numbers).
 * Each collection changes in one transaction, so a stopped run leaves it as it was. Collections
 * not in `counts` are left alone.
 */
export async function seedBulkContent(payload: Payload, counts: BulkCounts, log: Progress = () => {}): Promise<void> {
  const material = demoMaterial()
  for (const collection of bulkCollections) {
    const wanted = counts[collection]
    if (wanted === undefined) continue
    const transactionID = await payload.db.beginTransaction()
    let changed: boolean
    try {
      changed = await syncCollection(payload, { transactionID: transactionID ?? undefined }, collection, wanted, material, log)
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    if (!changed) continue
    // Fresh statistics, so that the planner knows the tables' new sizes at once, and a vacuum, so
    // that counts and id lists can be read from the indexes alone (as autovacuum would do later).
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    for (const table of [collection, `${collection}_locales`, `${collection}_rels`, `_${collection}_v`, `_${collection}_v_locales`, 'search_documents']) {
      await db.execute(sql`VACUUM (ANALYZE) ${sql.identifier(table)}`)
    }
  }
}

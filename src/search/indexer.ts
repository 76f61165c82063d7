import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { searchTypes, type SearchType } from '@/lib/searchQuery'

import { documentText, GRAM_SEPARATOR, shortGrams, yearOf } from './documentText'

type Row = Record<string, unknown>

/**
 * The connection of the request's transaction when there is one, so the index changes together
 * with the document (and is rolled back with it).
 */
export async function database(payload: Payload, req?: Partial<PayloadRequest>) {
  const adapter = payload.db as unknown as PostgresAdapter
  const transaction = req?.transactionID ? await req.transactionID : undefined
  return (transaction !== undefined && adapter.sessions[transaction]?.db) || adapter.drizzle
}

/** One row of the index: a document as the public reads it (depth 0) in one locale. */
export function searchRow(collection: SearchType, locale: Locale, doc: Row) {
  const { title, summary, content, date, datePrecision } = documentText(collection, doc)
  return sql`(${collection}, ${doc.id as number}, ${locale}, ${String(doc.slug ?? '')}, ${title}, ${summary}, ${content}, ${date}, ${datePrecision}, ${yearOf(date)}, string_to_array(${shortGrams(content).join(GRAM_SEPARATOR)}, chr(1)))`
}

export async function insertSearchRows(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  values: ReturnType<typeof searchRow>[],
) {
  if (values.length === 0) return
  const db = await database(payload, req)
  await db.execute(sql`
    INSERT INTO search_documents (collection, doc_id, locale, slug, title, summary, content, date, date_precision, year, short_grams)
    VALUES ${sql.join(values, sql`, `)}`)
}

/**
 * The request for a read in another locale: Payload's Local API sets `locale` on the request it is
 * given, which would change the locale of the operation that called the hook.
 */
const readRequest = (req: Partial<PayloadRequest> | undefined, locale: Locale) => (req ? { ...req, locale } : undefined)

/** The published, not trashed version of a document in each locale (what the public site shows). */
async function publishedVersions(payload: Payload, collection: SearchType, id: number, req?: Partial<PayloadRequest>) {
  const found = []
  for (const locale of locales) {
    const { docs } = await payload.find({
      collection,
      locale,
      where: {
        and: [{ id: { equals: id } }, { _status: { equals: 'published' } }],
      },
      draft: false,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req: readRequest(req, locale),
    })
    if (docs[0]) found.push({ locale, doc: docs[0] as unknown as Row })
  }
  return found
}

/**
 * Brings one document's index rows in line with what the public can read of it: its published
 * version in each locale, or nothing when it is a draft, unpublished, in the trash or deleted.
 */
export async function syncSearchDocument(payload: Payload, collection: SearchType, id: number, req?: Partial<PayloadRequest>) {
  const versions = await publishedVersions(payload, collection, id, req)
  const db = await database(payload, req)
  await db.execute(sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${id}`)
  await insertSearchRows(
    payload,
    req,
    versions.map(({ locale, doc }) => searchRow(collection, locale, doc)),
  )
}

export async function removeSearchDocument(payload: Payload, collection: SearchType, id: number, req?: Partial<PayloadRequest>) {
  const db = await database(payload, req)
  await db.execute(sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${id}`)
}

const REINDEX_BATCH = 200

/** Rebuilds the whole index from the published documents (after the migration, or by hand). */
export async function reindexSearch(payload: Payload, req?: Partial<PayloadRequest>) {
  const db = await database(payload, req)
  await db.execute(sql`DELETE FROM search_documents`)
  for (const collection of searchTypes) {
    for (const locale of locales) {
      for (let page = 1, more = true; more; page++) {
        const result = await payload.find({
          collection,
          locale,
          where: { _status: { equals: 'published' } },
          draft: false,
          depth: 0,
          limit: REINDEX_BATCH,
          page,
          sort: 'id',
          overrideAccess: true,
          req: readRequest(req, locale),
        })
        await insertSearchRows(
          payload,
          req,
          result.docs.map((doc) => searchRow(collection, locale, doc as unknown as Row)),
        )
        more = result.hasNextPage
      }
    }
  }
}

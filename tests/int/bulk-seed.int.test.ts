import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchDocuments } from '@/lib/data/search'
import { normalizeQuery } from '@/lib/searchQuery'
import { hasContent, seedDemoContent } from '@/seed'
import { seedBulkContent } from '@/seed/bulk'
import { seedNews } from '@/seed/content'
import { reindexSearch } from '@/search/indexer'

import { getTestPayload } from '../helpers/payload'

const NEWS = 300
const PROJECTS = 20
const POLICIES = 20
const synthetic = { slug: { like: 'bulk-' } }

let payload: Payload

const rowCounts = async () => {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const count = async (table: string) =>
    Number(((await db.execute(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`)).rows[0] as { n: string }).n)
  const tables = ['news', 'news_locales', 'news_rels', '_news_v', '_news_v_locales', '_news_v_rels', 'projects', 'policies', 'search_documents']
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)])))
}

describe('bulk seed (npm run seed:bulk)', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    if (!(await hasContent(payload))) await seedDemoContent(payload, { withDemoUsers: false })
    await seedBulkContent(payload, { news: NEWS, projects: PROJECTS, policies: POLICIES })
  }, 300_000)

  // Later test files start from the demo content alone.
  afterAll(async () => {
    await seedBulkContent(payload, { news: 0, projects: 0, policies: 0 })
  })

  it('writes published documents that the public reads through the Local API in both locales', async () => {
    const read = (locale: 'zh' | 'en') =>
      payload.find({ collection: 'news', locale, overrideAccess: false, where: synthetic, sort: 'slug', limit: 0, pagination: false, depth: 1 })
    const [zh, en] = [await read('zh'), await read('en')]
    expect(zh.docs).toHaveLength(NEWS)
    expect(en.docs.map((doc) => doc.slug)).toEqual(zh.docs.map((doc) => doc.slug))
    const demoTitles = { zh: seedNews.map((item) => item.title.zh), en: seedNews.map((item) => item.title.en) }
    zh.docs.forEach((doc, index) => {
      const english = en.docs[index]!
      expect(doc.slug).toMatch(/^bulk-\d+(-[a-z0-9]+)*$/)
      expect(doc._status).toBe('published')
      expect(doc.englishStatus).toBe('current')
      expect(doc.title).toMatch(/\p{Script=Han}/u)
      expect(english.title).not.toMatch(/\p{Script=Han}/u)
      expect(doc.body?.root.children.length).toBeGreaterThanOrEqual(3)
      expect(english.body?.root.children).toHaveLength(doc.body!.root.children.length)
      expect(typeof doc.category === 'object' && doc.category?.scope).toBe('news')
      expect(english.publishedAt).toBe(doc.publishedAt)
      // Titles with a demo news title keep its translation.
      const demo = demoTitles.zh.indexOf(doc.title)
      if (demo >= 0) expect(english.title).toBe(demoTitles.en[demo])
    })
    const years = new Set(zh.docs.map((doc) => doc.publishedAt.slice(0, 4)))
    expect(years.size).toBeGreaterThanOrEqual(10)
    expect(zh.docs.some((doc) => Array.isArray(doc.tags) && doc.tags.length > 0)).toBe(true)
    for (const collection of ['projects', 'policies'] as const) {
      const { totalDocs } = await payload.count({ collection, overrideAccess: false, where: synthetic })
      expect(totalDocs).toBe(collection === 'projects' ? PROJECTS : POLICIES)
    }
  })

  it('gives each document one latest published version, which the admin lists', async () => {
    // The admin's list of a collection with drafts reads the latest versions.
    const drafts = await payload.find({ collection: 'news', draft: true, where: synthetic, limit: 1, overrideAccess: true })
    expect(drafts.totalDocs).toBe(NEWS)
    const versions = await payload.findVersions({
      collection: 'news',
      where: { and: [{ latest: { equals: true } }, { 'version.slug': { like: 'bulk-' } }] },
      limit: 1,
    })
    expect(versions.totalDocs).toBe(NEWS)
    expect(versions.docs[0]!.version._status).toBe('published')
  })

  it('indexes them for the site search exactly as the hooks would', async () => {
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    const rows = async () =>
      (
        await db.execute(
          sql`SELECT collection, doc_id, locale, slug, title, summary, content, short_grams, date, date_precision, year FROM search_documents ORDER BY collection, doc_id, locale`,
        )
      ).rows
    const written = await rows()
    expect(written.filter((row) => String(row.slug).startsWith('bulk-'))).toHaveLength(2 * (NEWS + PROJECTS + POLICIES))
    await reindexSearch(payload)
    expect(await rows()).toEqual(written)

    const [first] = (
      await payload.find({ collection: 'news', locale: 'en', where: synthetic, sort: 'slug', limit: 1, depth: 0, pagination: false })
    ).docs
    const result = await searchDocuments('en', { q: normalizeQuery(first!.title), page: 1 })
    expect(result.total).toBeGreaterThan(0)
    expect(result.hits.some((hit) => hit.path.includes('/news/bulk-'))).toBe(true)
  })

  it('changes nothing when run again with the same counts, and tops up or cuts back to other counts', async () => {
    const before = await rowCounts()
    await seedBulkContent(payload, { news: NEWS, projects: PROJECTS, policies: POLICIES })
    expect(await rowCounts()).toEqual(before)

    const slugs = async () =>
      (await payload.find({ collection: 'news', where: synthetic, sort: 'id', limit: 0, pagination: false, depth: 0, select: { slug: true } })).docs.map(
        (doc) => doc.slug,
      )
    const all = await slugs()
    await seedBulkContent(payload, { news: NEWS - 50 })
    expect(await slugs()).toEqual(all.slice(0, NEWS - 50))
    await seedBulkContent(payload, { news: NEWS })
    expect(await slugs()).toEqual(all)
    expect(await rowCounts()).toEqual(before)
  })
})

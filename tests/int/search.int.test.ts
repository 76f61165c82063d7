import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { leadTerm, searchDocuments, searchYears, wasCancelled, type Highlighted, type SearchResult } from '@/lib/data/search'
import { documentPath } from '@/lib/paths'
import {
  MAX_QUERY_LENGTH,
  MAX_RANKED_RESULTS,
  normalizeQuery,
  RECENT_WINDOW,
  SEARCH_PAGE_SIZE,
  type SearchRequest,
  type SearchType,
} from '@/lib/searchQuery'
import { seedDemoContent } from '@/seed'
import { seedNews, seedPages, seedPolicies, seedProjects } from '@/seed/content'
import { reindexSearch } from '@/search/indexer'

import { getTestPayload } from '../helpers/payload'

const context = { disableRevalidate: true }

/** Every text of a seed item in one locale: the independent answer to "does it contain …". */
function seedText(value: unknown, locale: Locale): string {
  if (Array.isArray(value)) return value.map((item) => seedText(item, locale)).join('\n')
  if (!value || typeof value !== 'object') return ''
  return Object.entries(value)
    .map(([key, inner]) => {
      if (key === locale)
        return typeof inner === 'string' ? inner : Array.isArray(inner) ? inner.join('\n') : seedText(inner, locale)
      return key === 'zh' || key === 'en' ? '' : seedText(inner, locale)
    })
    .join('\n')
}

const seeded: { collection: SearchType; slug: string; item: unknown }[] = [
  ...seedNews.map((item) => ({
    collection: 'news' as const,
    slug: item.slug,
    item,
  })),
  ...seedProjects.map((item) => ({
    collection: 'projects' as const,
    slug: item.slug,
    item,
  })),
  ...seedPolicies.map((item) => ({
    collection: 'policies' as const,
    slug: item.slug,
    item,
  })),
  ...seedPages.map((item) => ({
    collection: 'pages' as const,
    slug: item.slug,
    item,
  })),
]

/** Paths of the seeded documents whose text contains `term` (case-insensitive). */
const seededPathsContaining = (term: string, locale: Locale) =>
  seeded
    .filter(({ item }) => seedText(item, locale).toLowerCase().includes(term.toLowerCase()))
    .map(({ collection, slug }) => documentPath(collection, slug))
    .sort()

const search = (locale: Locale, q: string, rest: Partial<Omit<SearchRequest, 'q'>> = {}) =>
  searchDocuments(locale, { q: normalizeQuery(q), page: 1, ...rest })

/** Every hit of every page of a search. */
async function allHits(locale: Locale, q: string, rest: Partial<Omit<SearchRequest, 'q' | 'page'>> = {}) {
  const first = await search(locale, q, rest)
  const pages = [first]
  for (let page = 2; page <= first.totalPages; page++) pages.push(await search(locale, q, { ...rest, page }))
  return pages.flatMap((result) => result.hits)
}

const paths = (result: { path: string }[]) => result.map((hit) => hit.path).sort()
const marked = (text: Highlighted) => text.filter((part) => part.match).map((part) => part.text)
const plain = (text: Highlighted) => text.map((part) => part.text).join('')

describe('site search', () => {
  let payload: Payload
  const db = () => (payload.db as unknown as PostgresAdapter).drizzle

  beforeAll(async () => {
    payload = await getTestPayload()
    await seedDemoContent(payload, { withDemoUsers: false, reset: true })
  }, 300_000)

  describe('Chinese: substrings, whatever their length', () => {
    for (const term of ['科学城', '人才政策', '渝快办', '人才', '城']) {
      it(`finds exactly the published documents that contain ${term}, with it highlighted`, async () => {
        const expected = seededPathsContaining(term, 'zh')
        expect(expected.length).toBeGreaterThan(0)
        const hits = await allHits('zh', term)
        expect(paths(hits)).toEqual(expected)
        for (const hit of hits) expect([...marked(hit.title), ...marked(hit.snippet)]).toContain(term)
      })
    }

    it('needs every word of a query with spaces, in any order', async () => {
      const both = seededPathsContaining('渝快办', 'zh').filter((path) => seededPathsContaining('成渝通办', 'zh').includes(path))
      expect(paths(await allHits('zh', '成渝通办　渝快办'))).toEqual(both)
    })

    it('ranks title matches first, then summary matches, then newer before older', async () => {
      const term = '科学城'
      const summaries = new Map(
        seeded.map(({ collection, slug, item }) => [
          documentPath(collection, slug),
          seedText((item as { summary: unknown }).summary, 'zh'),
        ]),
      )
      const hits = await allHits('zh', term)
      const tiers = hits.map((hit) => (marked(hit.title).length > 0 ? 0 : summaries.get(hit.path)!.includes(term) ? 1 : 2))
      expect(new Set(tiers)).toEqual(new Set([0, 1, 2]))
      expect(tiers).toEqual([...tiers].sort())
      for (const tier of [0, 1, 2]) {
        const dates = hits.filter((hit, index) => tiers[index] === tier && hit.date).map((hit) => hit.date!)
        expect(dates).toEqual([...dates].sort().reverse())
      }
    })
  })

  describe('English: words with stemming and case folding', () => {
    it('matches other forms of a word and ignores case', async () => {
      const singular = paths(await allHits('en', 'policy'))
      expect(singular.length).toBeGreaterThan(0)
      expect(paths(await allHits('en', 'POLICIES'))).toEqual(singular)
      expect(paths(await allHits('en', 'Policies'))).toEqual(singular)
    })

    it('ranks the document titled with the words first and highlights them', async () => {
      const result = await search('en', 'golden phoenix talent')
      expect(result.hits[0]!.path).toBe(documentPath('policies', 'golden-phoenix-talent-policy'))
      expect(marked(result.hits[0]!.title).map((text) => text.toLowerCase())).toEqual(['golden', 'phoenix', 'talent'])
      expect(marked(result.hits[0]!.snippet).length).toBeGreaterThan(0)
    })

    it('keeps the word vectors of English rows only, and rows whole up to a page, where the date walk reads them cheaply', async () => {
      const { rows } = await db().execute(sql`
        SELECT locale, count(english) AS vectors, count(*) AS rows FROM search_documents GROUP BY locale ORDER BY locale`)
      expect(rows.map((row) => [row.locale, Number(row.vectors) === Number(row.rows), Number(row.vectors) > 0])).toEqual([
        ['en', true, true],
        ['zh', false, false],
      ])
      const storage = await db().execute(sql`
        SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_documents'::regclass AND attname = 'english'`)
      expect(storage.rows).toEqual([{ attstorage: 'm' }])
      const table = await db().execute(sql`SELECT reloptions FROM pg_class WHERE oid = 'search_documents'::regclass`)
      expect(table.rows).toEqual([{ reloptions: ['toast_tuple_target=8160'] }])
    })

    it('a Chinese query in the English site is matched as a substring', async () => {
      // English documents hold Chinese only in untranslated text, so this finds at most a few.
      const result = await search('en', '渝快办')
      expect(paths(result.hits)).toEqual(seededPathsContaining('渝快办', 'en'))
    })
  })

  describe('filters and pages', () => {
    it('filters by type and by year', async () => {
      const all = await allHits('zh', '科学城')
      const policies = await allHits('zh', '科学城', { type: 'policies' })
      expect(policies.length).toBeGreaterThan(0)
      expect(paths(policies)).toEqual(paths(all.filter((hit) => hit.collection === 'policies')))
      const year = Number(all.find((hit) => hit.date)!.date!.slice(0, 4))
      const inYear = await allHits('zh', '科学城', { year })
      expect(inYear.length).toBeGreaterThan(0)
      for (const hit of inYear) expect(new Date(new Date(hit.date!).getTime() + 8 * 3600_000).getUTCFullYear()).toBe(year)
    })

    it('splits results into pages of ten without repeating any', async () => {
      const first = await search('zh', '科学城')
      expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE)
      expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE)
      const all = await allHits('zh', '科学城')
      expect(all).toHaveLength(first.total)
      expect(new Set(all.map((hit) => hit.path)).size).toBe(first.total)
      const beyond = await search('zh', '科学城', {
        page: first.totalPages + 1,
      })
      expect(beyond.hits).toEqual([])
    })

    it('says how many match without the filters when the filters leave nothing', async () => {
      const result = await search('zh', '渝快办', {
        type: 'projects',
        year: 2000,
      })
      expect(result.total).toBe(0)
      expect(result.unfilteredTotal).toBe(seededPathsContaining('渝快办', 'zh').length)
    })
  })

  describe('when nothing matches', () => {
    it('suggests titles close to a misspelt query', async () => {
      const english = await search('en', 'Golden Pheonix')
      expect(english.total).toBe(0)
      expect(english.suggestions.map((suggestion) => suggestion.path)).toContain(
        documentPath('policies', 'golden-phoenix-talent-policy'),
      )
      const chinese = await search('zh', '金凤皇人才')
      expect(chinese.total).toBe(0)
      expect(chinese.suggestions.map((suggestion) => suggestion.path)).toContain(
        documentPath('policies', 'golden-phoenix-talent-policy'),
      )
      // Suggestions name policies, projects and pages, never news headlines.
      for (const suggestion of [...english.suggestions, ...chinese.suggestions]) expect(suggestion.collection).not.toBe('news')
    })

    it('looks up no suggestion for a query of many words', async () => {
      const result = await search('en', 'Golden Pheonix talent policey')
      expect(result).toMatchObject({ total: 0, suggestions: [] })
    })

    it('leaves suggestions out when their time budget runs out (the error of a cancelled statement is recognised)', async () => {
      const cancelled = await db()
        .transaction(async (transaction) => {
          await transaction.execute(sql`SELECT set_config('statement_timeout', '10', true)`)
          await transaction.execute(sql`SELECT pg_sleep(1)`)
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        )
      expect(cancelled).toBeDefined()
      expect(wasCancelled(cancelled)).toBe(true)
      expect(wasCancelled(new Error('connection refused'))).toBe(false)
    })

    it('suggests nothing for a query like no title', async () => {
      const result = await search('zh', 'qqqqxxxxzzzz')
      expect(result).toMatchObject({ total: 0, hits: [], suggestions: [] })
    })
  })

  describe('hostile queries are safe and quick', () => {
    const hostile = [
      '%',
      '_',
      '\\',
      '%%%_\\',
      "'",
      '"',
      `"科学城" OR 1=1; --`,
      "'; DROP TABLE search_documents; --",
      '😀',
      '科学城😀',
      '<script>alert(1)</script>',
      '!!! & | : * ( )',
      '科'.repeat(10_000),
      'a'.repeat(10_000),
      '% '.repeat(5_000),
    ]
    for (const q of hostile) {
      it(`${JSON.stringify(q.slice(0, 24))}${q.length > 24 ? ` (${q.length} characters)` : ''}`, async () => {
        for (const locale of ['zh', 'en'] as const) {
          const started = performance.now()
          const result: SearchResult = await search(locale, q)
          expect(performance.now() - started).toBeLessThan(2_000)
          const normalized = normalizeQuery(q)
          expect(Array.from(normalized).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
          // Wildcards and escapes are matched as themselves: a hit really contains each word.
          for (const hit of result.hits) {
            const text = (plain(hit.title) + plain(hit.snippet)).toLowerCase()
            if (/^[%_\\]+$/.test(normalized)) expect(text).toContain(normalized)
          }
        }
      })
    }

    it('% and _ match only documents that contain them', async () => {
      for (const locale of ['zh', 'en'] as const) {
        expect(paths(await allHits(locale, '%'))).toEqual(seededPathsContaining('%', locale))
        expect(paths(await allHits(locale, '_'))).toEqual(seededPathsContaining('_', locale))
      }
    })
  })

  describe('the index follows publishing', () => {
    const token = '检索同步测试'
    const find = async (locale: Locale, q: string) => paths((await search(locale, q)).hits)

    it('publish, change, draft, unpublish, trash, restore and delete', async () => {
      const path = documentPath('news', 'search-sync-test')
      const created = await payload.create({
        collection: 'news',
        context,
        draft: true,
        data: {
          title: `草稿${token}`,
          slug: 'search-sync-test',
          publishedAt: '2021-06-01T04:00:00.000Z',
          _status: 'draft',
        },
      })
      expect(await find('zh', token), 'a draft is never searchable').toEqual([])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        data: { title: `发布${token}`, _status: 'published' },
      })
      expect(await find('zh', `发布${token}`)).toEqual([path])
      expect(await find('en', `发布${token}`), 'English falls back to the Chinese text the page shows').toEqual([path])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        locale: 'en',
        data: { title: 'Search sync zebra' },
      })
      expect(await find('en', 'zebras')).toEqual([path])
      expect(await find('zh', `发布${token}`)).toEqual([path])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        data: { title: `修改${token}` },
      })
      expect(await find('zh', `修改${token}`)).toEqual([path])
      expect(await find('zh', `发布${token}`)).toEqual([])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        draft: true,
        data: { title: `新草稿${token}` },
      })
      expect(await find('zh', `新草稿${token}`), 'a newer draft stays private').toEqual([])
      expect(await find('zh', `修改${token}`), 'the published version stays searchable').toEqual([path])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        data: { _status: 'draft' },
      })
      expect(await find('zh', token), 'unpublished').toEqual([])
      expect(await find('en', 'zebra')).toEqual([])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        data: { title: `再发布${token}`, _status: 'published' },
      })
      expect(await find('zh', `再发布${token}`)).toEqual([path])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        data: { deletedAt: new Date().toISOString() },
      })
      expect(await find('zh', token), 'in the trash').toEqual([])

      await payload.update({
        collection: 'news',
        id: created.id,
        context,
        trash: true,
        data: { deletedAt: null },
      })
      expect(await find('zh', `再发布${token}`), 'restored').toEqual([path])

      await payload.delete({ collection: 'news', id: created.id, context })
      expect(await find('zh', token), 'deleted for good').toEqual([])
    })

    it('a rebuilt index holds the same as the one the hooks keep', async () => {
      const before = await allHits('zh', '科学城')
      await reindexSearch(payload)
      expect(await allHits('zh', '科学城')).toEqual(before)
    })
  })

  describe('at scale: only the newest matches are ranked', () => {
    // More documents than a search reads in date order: synthetic index rows, one day apart,
    // newest first. Every one holds the common word, only the oldest the rare one.
    const count = RECENT_WINDOW + 300
    const firstId = 50_000_000
    const common = '批量检索常用词'
    const rare = '批量检索罕见词'
    const sparse = '批量检索稀疏词'
    const dateOf = (index: number) => new Date(Date.UTC(2030, 0, 1) - index * 86_400_000).toISOString()
    /** Synthetic Chinese news rows straight into the index; removed after this block (doc_id ≥ firstId). */
    const insertRows = (rows: { id: number; slug: string; title: string; content: string; date: string; year: number }[]) =>
      db().execute(sql`
        INSERT INTO search_documents (collection, doc_id, locale, slug, title, summary, content, date, date_precision, year)
        VALUES ${sql.join(
          rows.map(({ id, slug, title, content, date, year }) => sql`('news', ${id}, 'zh', ${slug}, ${title}, '', ${content}, ${date}, 'day', ${year})`),
          sql`, `,
        )}`)

    beforeAll(async () => {
      for (let from = 0; from < count; from += 500) {
        const rows = Array.from({ length: Math.min(500, count - from) }, (_, offset) => {
          const index = from + offset
          // Every tenth title carries the word, so the ranking by title shows among the newest.
          const title = index % 10 === 5 ? `${common}标题${index}` : `合成新闻${index}`
          const content = `${title}\n正文包含${common}。${index === count - 1 ? rare : ''}${index % 11 === 3 ? sparse : ''}`
          const date = dateOf(index)
          return { id: firstId + index, slug: `bulk-${index}`, title, content, date, year: Number(date.slice(0, 4)) }
        })
        await insertRows(rows)
      }
      return () => db().execute(sql`DELETE FROM search_documents WHERE doc_id >= ${firstId}`)
    })

    it('a word in every document: the newest matches, ranked, and "more"', async () => {
      const first = await search('zh', common)
      expect(first).toMatchObject({ total: MAX_RANKED_RESULTS, more: true, totalPages: MAX_RANKED_RESULTS / SEARCH_PAGE_SIZE })
      const hits = await allHits('zh', common)
      const newest = Array.from({ length: MAX_RANKED_RESULTS }, (_, index) => documentPath('news', `bulk-${index}`))
      expect(paths(hits)).toEqual(newest.sort())
      // Title matches (every tenth) first, each tier newest first.
      const titled = hits.slice(0, MAX_RANKED_RESULTS / 10)
      const rest = hits.slice(MAX_RANKED_RESULTS / 10)
      expect(titled.every((hit) => marked(hit.title).includes(common))).toBe(true)
      expect(rest.some((hit) => marked(hit.title).length > 0)).toBe(false)
      for (const tier of [titled, rest]) {
        const dates = tier.map((hit) => hit.date!)
        expect(dates).toEqual([...dates].sort().reverse())
      }
    })

    it('a word too sparse to fill the ranking from the first stretch: the walk goes on, without repeats or gaps', async () => {
      // In every eleventh document: fewer matches than ranked among the newest RECENT_WINDOW, enough in all.
      expect(Math.ceil(RECENT_WINDOW / 11)).toBeLessThan(MAX_RANKED_RESULTS)
      expect(Math.ceil(count / 11)).toBeGreaterThan(MAX_RANKED_RESULTS)
      const result = await search('zh', sparse)
      expect(result).toMatchObject({ total: MAX_RANKED_RESULTS, more: true })
      const newest = Array.from({ length: count }, (_, index) => index)
        .filter((index) => index % 11 === 3)
        .slice(0, MAX_RANKED_RESULTS)
        .map((index) => documentPath('news', `bulk-${index}`))
      expect(paths(await allHits('zh', sparse))).toEqual(newest.sort())
    })

    it('a word only in a document older than the date-ordered stretch is still found', async () => {
      const result = await search('zh', rare)
      expect(paths(result.hits)).toEqual([documentPath('news', `bulk-${count - 1}`)])
      expect(result.more).toBe(false)
    })

    it('a common word with a rare one: the index plan looks up the rare one and checks the common one in its rows', async () => {
      // The rare word alone, older than every synthetic row: found by the rare word's index, not a match.
      // (Removed again, as the other tests' rare word is in one document only.)
      const alone = { id: firstId + count + 2, slug: 'rare-alone', title: '仅罕见', content: rare, date: dateOf(count + 5) }
      await insertRows([{ ...alone, year: Number(alone.date.slice(0, 4)) }])
      try {
        expect(await leadTerm('zh', [common, rare], {})).toBe(rare)
        expect(await leadTerm('zh', [rare, common], {})).toBe(rare)
        // Both in the newest documents (the sparse word in every eleventh): the plan is left to Postgres.
        expect(await leadTerm('zh', [common, sparse], {})).toBeUndefined()
        const result = await search('zh', `${common} ${rare}`)
        expect(paths(result.hits)).toEqual([documentPath('news', `bulk-${count - 1}`)])
        expect(result.more).toBe(false)
      } finally {
        await db().execute(sql`DELETE FROM search_documents WHERE doc_id = ${alone.id}`)
      }
    })

    it('the year filter offers every year that has documents, newest first, split at midnight in Chongqing', async () => {
      // Half an hour either side of the new year in Chongqing (UTC+8): 2019 and 2020 there.
      await insertRows(
        [
          { id: firstId + count, date: '2019-12-31T15:30:00.000Z', year: 2019 },
          { id: firstId + count + 1, date: '2019-12-31T16:30:00.000Z', year: 2020 },
        ].map((edge) => ({ ...edge, slug: `edge-${edge.id}`, title: '跨年', content: '跨年' })),
      )
      const distinct = async (locale: Locale) =>
        (
          (
            await db().execute(
              sql`SELECT DISTINCT year FROM search_documents WHERE locale = ${locale} AND year IS NOT NULL ORDER BY year DESC`,
            )
          ).rows as { year: number }[]
        ).map((row) => Number(row.year))
      const zh = await searchYears('zh')
      expect(zh).toEqual(await distinct('zh'))
      expect(zh).toEqual(expect.arrayContaining([2030, 2020, 2019]))
      expect(await searchYears('en')).toEqual(await distinct('en'))
    })

    it('a year filter reaches old years too', async () => {
      const oldest = Number(dateOf(count - 1).slice(0, 4))
      const result = await search('zh', common, { year: oldest })
      expect(result.total).toBeGreaterThan(0)
      for (const hit of result.hits) expect(new Date(new Date(hit.date!).getTime() + 8 * 3600_000).getUTCFullYear()).toBe(oldest)
    })
  })
})

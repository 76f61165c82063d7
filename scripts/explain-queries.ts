/**
 * `npm run explain:queries`: EXPLAIN ANALYZE of every SQL statement behind the public pages'
 * reads — home, the news list (page 1 and a deep page), a news item with its neighbours, the news
 * feed and the sitemap — on the database of `npm run seed:bulk` (or DATABASE_URL). The readers of
 * src/lib/data run as the pages run them (their cache is switched off, so each one queries); every
 * statement Payload sends is caught and explained with its parameters. Prints per read the
 * statements' planning + execution times, the slowest statement and whether it scans a whole table.
 * Options: --deep-page 5000. Not a test: it exits 0 whatever the figures.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { parseArgs } from 'node:util'
import pg from 'pg'

import type { Locale } from '../src/i18n/locales'
import { runScript } from '../src/server/cli'
import { databaseUrlFromEnv } from './scriptArguments'

const { values } = parseArgs({ options: { 'deep-page': { type: 'string' } } })
const deepPage = Number(values['deep-page'] ?? 5000)

// Next's modules outside Next: the AsyncLocalStorage they expect, and for unstable_cache a cache
// that never holds anything, so every read reaches the database. Set before they are imported.
Object.assign(globalThis, {
  AsyncLocalStorage,
  __incrementalCache: { generateSimpleCacheKey: async (key: string) => key, get: async () => null, set: async () => {} },
})

type Statement = { text: string; values: unknown[] }
let caught: Statement[] | undefined

// Every statement that Payload's pool sends while a read runs.
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, params] = args as [string | { text?: string; values?: unknown[] }, unknown[] | undefined]
  const text = typeof config === 'string' ? config : config?.text
  // Drizzle passes the parameters beside its query config, pg's own callers inside it.
  if (caught && text && /^\s*(select|with)\b/i.test(text)) caught.push({ text, values: (typeof config === 'object' && config.values) || params || [] })
  return query.apply(this, args)
} as typeof pg.Client.prototype.query

async function main() {
  const { findBySlug } = await import('../src/lib/data/documentBySlug')
  const { getIndicators } = await import('../src/lib/data/indicators')
  const { getMilestones } = await import('../src/lib/data/milestones')
  const { getAdjacentNews, getLatestNews, getNewsYears, listNews } = await import('../src/lib/data/news')
  const { getRecentPolicies } = await import('../src/lib/data/policies')
  const { getFeaturedProjects } = await import('../src/lib/data/projects')
  const { getSitemapEntries, getSitemapFiles } = await import('../src/lib/data/sitemap')
  const { getPayloadClient } = await import('../src/lib/payload')
  const payload = await getPayloadClient()
  const explainer = new pg.Client({ connectionString: databaseUrlFromEnv() })
  await explainer.connect()
  const { docs: newest } = await payload.find({ collection: 'news', sort: '-publishedAt', limit: 1, depth: 0, pagination: false })
  const item = newest[0]!
  const locale: Locale = 'zh'
  const [firstSitemapFile] = (await getSitemapFiles()).filter((file) => file.source === 'news')

  const reads: [string, () => Promise<unknown>][] = [
    ['home: latest news', () => getLatestNews(locale, 4)],
    ['home: featured projects', () => getFeaturedProjects(locale)],
    ['home: recent policies', () => getRecentPolicies(locale, 5)],
    ['home: milestones', () => getMilestones(locale)],
    ['home: indicators', () => getIndicators(locale, { featured: true })],
    ['news list, page 1', () => listNews(locale, { page: 1 })],
    [`news list, page ${deepPage}`, () => listNews(locale, { page: deepPage })],
    ['news list, one category, page 1', () => listNews(locale, { category: 'science-city', page: 1 })],
    ['news list, one year, page 1', () => listNews(locale, { year: 2020, page: 1 })],
    ['news years (list filter)', () => getNewsYears()],
    ['news item by slug', () => findBySlug('news', locale, item.slug, null)],
    ['news item: previous and next', () => getAdjacentNews(locale, item)],
    ['news feed (20 items)', () => getLatestNews(locale, 20)],
    ['sitemap index (counts)', () => getSitemapFiles()],
    ['sitemap file news-0', () => getSitemapEntries(firstSitemapFile!)],
  ]
  for (const [name, read] of reads) {
    caught = []
    const started = performance.now()
    await read()
    const wall = performance.now() - started
    const statements = caught
    caught = undefined
    let total = 0
    let slowest = { ms: 0, text: '' }
    const scans = new Set<string>()
    for (const { text, values } of statements) {
      const { rows } = await explainer.query<{ 'QUERY PLAN': { Plan: unknown; 'Planning Time': number; 'Execution Time': number }[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
        values,
      )
      const plan = rows[0]!['QUERY PLAN'][0]!
      const ms = plan['Planning Time'] + plan['Execution Time']
      total += ms
      if (ms > slowest.ms) slowest = { ms, text }
      for (const match of JSON.stringify(plan.Plan).matchAll(/"Node Type":"Seq Scan","Parallel Aware":\w+,"Async Capable":\w+,"Relation Name":"(\w+)"/g)) {
        scans.add(match[1]!)
      }
    }
    console.log(
      `${name.padEnd(34)} ${String(statements.length).padStart(2)} statements  ${total.toFixed(1).padStart(7)} ms in Postgres  ${wall.toFixed(0).padStart(5)} ms wall` +
        `  slowest ${slowest.ms.toFixed(1)} ms${scans.size ? `  seq scans: ${[...scans].join(', ')}` : ''}`,
    )
    if (process.env.EXPLAIN_VERBOSE) console.log(`    ${slowest.text.replace(/\s+/g, ' ').slice(0, 600)}`)
  }
  await explainer.end()
  await payload.destroy()
}

runScript(main)

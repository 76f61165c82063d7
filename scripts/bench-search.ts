/**
 * `npm run bench:search`: search latency at scale. Fills the search index with synthetic news
 * items (default 100,000, in both locales, made of sentences from the demo content) on its own
 * embedded Postgres (or DATABASE_URL), then times the search the pages use for Chinese and
 * English queries (common, rare, two-character, multi-word, no match, filtered, deep pages) and
 * prints p50/p95 per query beside the issue's target (p95 < 50 ms). Figures go to
 * bench/results/search-<time>.json. Not a test: it exits 0 whatever the figures.
 * Options: --items 100000, --runs 20 (timed runs per query, after one warm-up).
 */
import config from '@payload-config'
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import fs from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import type { Locale } from '../src/i18n/locales'
import { searchDocuments } from '../src/lib/data/search'
import { normalizeQuery, type SearchRequest } from '../src/lib/searchQuery'
import { seedDemoContent, hasContent } from '../src/seed'
import { seedNews, seedPolicies, seedProjects } from '../src/seed/content'
import { applyMigrations } from '../src/server/migrate'
import { GRAM_SEPARATOR, shortGrams } from '../src/search/documentText'

const maxP95Ms = 50
const syntheticIdStart = 10_000_000

const { values } = parseArgs({ options: { items: { type: 'string' }, runs: { type: 'string' } } })
const items = Number(values.items ?? 100_000)
const runs = Number(values.runs ?? 20)

const cases: { locale: Locale; q: string; rest?: Partial<SearchRequest> }[] = [
  { locale: 'zh', q: '科学城' },
  { locale: 'zh', q: '人才政策' },
  { locale: 'zh', q: '渝快办' },
  { locale: 'zh', q: '人才' },
  { locale: 'zh', q: '高新区 合作' },
  { locale: 'zh', q: '科学城', rest: { type: 'news', year: 2021 } },
  { locale: 'zh', q: '科学城', rest: { page: 20 } },
  { locale: 'zh', q: '科学城', rest: { type: 'policies' } },
  { locale: 'zh', q: '城' },
  { locale: 'zh', q: '不存在的词语组合' },
  { locale: 'en', q: 'science city' },
  { locale: 'en', q: 'talent policies' },
  { locale: 'en', q: 'Golden Phoenix' },
  { locale: 'en', q: 'tunnel' },
  { locale: 'en', q: 'Golden Pheonix' },
  { locale: 'en', q: '渝快办' },
  { locale: 'en', q: '%_\\' },
  { locale: 'en', q: 'C++' },
  { locale: 'zh', q: '科学城', rest: { year: 2015 } },
]

/** Sentences of the demo news, projects and policies in one locale: the synthetic items' material. */
function sentences(locale: Locale): string[] {
  const texts = [
    ...seedNews.flatMap((item) => [item.summary[locale], ...item.body[locale]]),
    ...seedProjects.flatMap((item) => [item.summary[locale], ...item.body[locale]]),
    ...seedPolicies.flatMap((item) => [item.summary[locale], ...item.body[locale]]),
  ]
  return texts.flatMap((text) => text.split(locale === 'zh' ? /(?<=。)/ : /(?<=\.) /)).filter((sentence) => sentence.length > 8)
}

async function main() {
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  if (!(await hasContent(payload))) await seedDemoContent(payload, { withDemoUsers: false })
  const db = (payload.db as unknown as PostgresAdapter).drizzle

  const existing = Number(
    (
      (await db.execute(sql`SELECT count(*) AS n FROM search_documents WHERE doc_id >= ${syntheticIdStart}`)).rows[0] as {
        n: string
      }
    ).n,
  )
  if (existing !== items * 2) {
    console.log(`Writing ${items} synthetic news items in both locales …`)
    await db.execute(sql`DELETE FROM search_documents WHERE doc_id >= ${syntheticIdStart}`)
    const material = { zh: sentences('zh'), en: sentences('en') }
    let seed = 1
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const pick = (list: string[], count: number) => Array.from({ length: count }, () => list[Math.floor(random() * list.length)]!)
    const started = Date.now()
    for (let from = 0; from < items; from += 500) {
      const rows = []
      for (let index = from; index < Math.min(items, from + 500); index++) {
        const date = new Date(Date.UTC(2015, 0, 1) + random() * 11 * 365 * 86_400_000).toISOString()
        const sentenceIndex = Math.floor(random() * material.zh.length)
        for (const locale of ['zh', 'en'] as const) {
          const list = material[locale]
          const title = list[Math.floor(sentenceIndex * (list.length / material.zh.length))]!.slice(0, 60)
          const body = pick(list, 6 + Math.floor(random() * 8)).join(locale === 'zh' ? '' : ' ')
          const content = `${title}\n${body}`
          rows.push(
            sql`('news', ${syntheticIdStart + index}, ${locale}, ${`bench-${index}`}, ${title}, ${body.slice(0, 120)}, ${content}, ${date}, 'day', ${Number(date.slice(0, 4))}, string_to_array(${shortGrams(content).join(GRAM_SEPARATOR)}, chr(1)))`,
          )
        }
      }
      await db.execute(sql`
        INSERT INTO search_documents (collection, doc_id, locale, slug, title, summary, content, date, date_precision, year, short_grams)
        VALUES ${sql.join(rows, sql`, `)}`)
      if ((from / 500) % 20 === 0) console.log(`  ${from + 500} items, ${Math.round((Date.now() - started) / 1000)} s`)
    }
    await db.execute(sql`VACUUM ANALYZE search_documents`)
  }

  const results = []
  for (const { locale, q, rest } of cases) {
    const request = { q: normalizeQuery(q), page: 1, ...rest }
    const first = await searchDocuments(locale, request)
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      await searchDocuments(locale, request)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const at = (share: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]! * 10) / 10
    const figures = {
      locale,
      q,
      ...rest,
      total: first.total,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      target: at(0.95) < maxP95Ms ? 'pass' : 'MISS',
    }
    results.push(figures)
    console.log(
      `${locale} ${JSON.stringify(q).padEnd(22)} ${JSON.stringify(rest ?? {}).padEnd(28)} ${String(first.total).padStart(7)} results  p50 ${String(figures.p50Ms).padStart(6)} ms  p95 ${String(figures.p95Ms).padStart(6)} ms  ${figures.target}`,
    )
  }
  fs.mkdirSync('bench/results', { recursive: true })
  const file = `bench/results/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  }
  fs.writeFileSync(file, JSON.stringify({ items, runs, machine, results }, null, 2))
  console.log(`Written to ${file}`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

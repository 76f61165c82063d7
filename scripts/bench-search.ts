/**
 * `npm run bench:search`: search latency at scale. Brings the synthetic news items of
 * `npm run seed:bulk` (src/seed/bulk.ts; default 100,000, in both locales, made of the demo
 * content) to the asked count on its own embedded Postgres (or DATABASE_URL), then times the
 * search the pages use for Chinese and English queries (common, rare, two-character, multi-word,
 * no match, filtered, deep pages, a Latin letter in Chinese, a common word with a character
 * found in one document, two common words together) and
 * prints p50/p95 per query beside the target (p95 < 50 ms). Figures go to
 * bench/results/search-<time>.json. Not a test: it exits 0 whatever the figures.
 * Options: --items 100000, --runs 20 (timed runs per query, after one warm-up).
 */
import fs from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import type { Locale } from '../src/i18n/locales'
import { searchDocuments } from '../src/lib/data/search'
import { normalizeQuery, type SearchRequest } from '../src/lib/searchQuery'
import { seedDemoContent, hasContent } from '../src/seed'
import { seedBulkContent } from '../src/seed/bulk'
import { applyMigrations } from '../src/server/migrate'
import { importPayloadConfig } from '../src/server/payloadConfig'

const maxP95Ms = 50

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
  { locale: 'zh', q: '科学城 x' },
  { locale: 'zh', q: '科学城 无' },
  { locale: 'zh', q: '人才 渝快办' },
  { locale: 'en', q: 'Chongqing Hi-tech Zone tunnel 2031' },
]

async function main() {
  const payload = await getPayload({ config: await importPayloadConfig() })
  await applyMigrations(payload)
  if (!(await hasContent(payload))) await seedDemoContent(payload, { withDemoUsers: false })
  // The same synthetic news as `npm run seed:bulk`: published documents with their search rows.
  await seedBulkContent(payload, { news: items }, (line) => console.log(line))

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

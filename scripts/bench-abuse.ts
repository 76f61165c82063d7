/**
 * `npm run bench:abuse`: what a visitor can do to the production build at 100,000 news items.
 * 1. Heavy API reads: 20 anonymous `GET /api/news?limit=0&depth=10&locale=all` kept in flight
 *    while cached pages are loaded and pages no cache has seen are asked for one by one. Target:
 *    cached pages' p99 under 20 ms, every unseen page answered 200.
 * 2. Junk URLs: 10,000 distinct made-up filter values and slugs. Target: the page cache folder
 *    grows by at most 10 files (the lists' shared reads; nothing per URL), and cached pages stay fast.
 * Prints the figures beside the targets, writes bench/results/abuse-<time>.json, exits 1 on a miss.
 * Options: --size 100000 (news items, seeded into .data/bulk-postgres when missing), --port 3402,
 * --pg-port 54371, --junk 10000.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  get,
  loadUrl,
  machine,
  percentile,
  portOption,
  printTable,
  readOptions,
  runBenchmark,
  seedBulk,
  startServer,
  waitForHome,
  wholeNumber,
  writeResults,
} from './bench-common'

const usage = 'Usage: npm run bench:abuse -- [--size 100000] [--port 3402] [--pg-port 54371] [--junk 10000]'
const heavyPath = '/api/news?limit=0&depth=10&locale=all'
const heavyInFlight = 20
const cachedPath = '/zh'
const cachedP99TargetMs = 20
const unseenPages = 20
const pageCacheDir = '.data/bench-abuse-page-cache'
// The junk stores nothing of its own; the first junk list stores the reads every list shares
// (years, categories), once: a fixed handful, however many junk URLs.
const junkGrowthMaxFiles = 10

type Timed = { status: number; ms: number }

async function timedGet(url: string): Promise<Timed> {
  const started = performance.now()
  try {
    const { status } = await get(url)
    return { status, ms: performance.now() - started }
  } catch {
    return { status: 0, ms: performance.now() - started }
  }
}

/** Files and bytes under a folder. */
function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  const walk = (dir: string) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        files += 1
        bytes += fs.statSync(full).size
      }
    }
  }
  walk(folder)
  return { files, bytes }
}

/** Runs `task` over `items` with `concurrency` at a time. */
async function inParallel<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await task(items[next++]!)
  }))
}

const randomWord = () => Math.random().toString(36).slice(2, 12)
const ms = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1))

async function main(): Promise<number> {
  const options = readOptions(
    { size: { type: 'string' }, port: { type: 'string' }, 'pg-port': { type: 'string' }, junk: { type: 'string' } },
    usage,
  )
  const size = wholeNumber(options.size, 'size', 100_000, usage)
  const port = portOption(options.port, 'port', 3402, usage)
  const pgPort = portOption(options['pg-port'], 'pg-port', 54371, usage)
  const junkCount = wholeNumber(options.junk, 'junk', 10_000, usage)
  const dataDir = '.data/bulk-postgres'
  const uploadsDir = '.data/bulk-uploads'

  await seedBulk(size, dataDir, pgPort, uploadsDir)
  const { base } = startServer({ port, pgPort, dataDir, uploadsDir, pageCacheDir })
  await waitForHome(base)

  // Unseen pages to ask for under load: news items no request has rendered yet.
  const listing = (await (await fetch(`${base}/api/news?limit=${unseenPages}&page=200&depth=0&select[slug]=true`)).json()) as {
    docs: { slug: string }[]
  }
  const unseen = listing.docs.map((doc) => `${base}/zh/news/${doc.slug}`)

  const quiet = await loadUrl(`${base}${cachedPath}`, { connections: 10, duration: 5, warmupSeconds: 2 })

  // 1. Heavy reads in flight, cached load and unseen pages meanwhile.
  let stopHeavy = false
  const heavy: Timed[] = []
  const heavyLoops = Array.from({ length: heavyInFlight }, async () => {
    while (!stopHeavy) heavy.push(await timedGet(`${base}${heavyPath}`))
  })
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const underHeavy = await loadUrl(`${base}${cachedPath}`, { connections: 10, duration: 10 })
  const unseenUnderHeavy: Timed[] = []
  for (const url of unseen) unseenUnderHeavy.push(await timedGet(url))
  stopHeavy = true
  await Promise.all(heavyLoops)
  const heavyBody = (await get(`${base}${heavyPath}`)).body.length

  // 2. Junk URLs, once the pages rendered above are written.
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  const before = folderSize(pageCacheDir)
  const junk = Array.from({ length: junkCount }, (_, n) =>
    n % 2 === 0 ? `${base}/zh/news?category=${randomWord()}` : `${base}/zh/${randomWord()}`,
  )
  const junkStatuses: Record<string, number> = {}
  const junkStarted = performance.now()
  await inParallel(junk, 20, async (url) => {
    const { status } = await timedGet(url)
    junkStatuses[status] = (junkStatuses[status] ?? 0) + 1
  })
  const junkSeconds = (performance.now() - junkStarted) / 1000
  const after = folderSize(pageCacheDir)
  const afterJunk = await loadUrl(`${base}${cachedPath}`, { connections: 10, duration: 5 })

  const heavyMs = heavy.map((request) => request.ms)
  const heavyCounts: Record<string, number> = {}
  for (const { status } of heavy) heavyCounts[status] = (heavyCounts[status] ?? 0) + 1
  const heavyStatuses = Object.entries(heavyCounts).map(([status, count]) => `${status}×${count}`)
  const unseenOk = unseenUnderHeavy.every((request) => request.status === 200)
  const cacheGrowthFiles = after.files - before.files
  const checks = {
    cachedP99UnderHeavy: underHeavy.p99Ms < cachedP99TargetMs,
    unseenPagesAnswered: unseenOk,
    junkAddsFewFiles: cacheGrowthFiles <= junkGrowthMaxFiles,
    cachedP99AfterJunk: afterJunk.p99Ms < cachedP99TargetMs,
  }

  printTable(`Heavy anonymous API reads (${heavyInFlight} in flight: ${heavyPath}), ${size} news items`, ['figure', 'value', 'target'], [
    ['cached /zh p99, quiet', ms(quiet.p99Ms), ''],
    ['cached /zh p99, under heavy reads', ms(underHeavy.p99Ms), `< ${cachedP99TargetMs} ms ${checks.cachedP99UnderHeavy ? 'pass' : 'MISS'}`],
    ['cached /zh req/s, quiet / under heavy', `${quiet.reqPerSec.toFixed(0)} / ${underHeavy.reqPerSec.toFixed(0)}`, ''],
    [`unseen news pages (${unseen.length}) p50 / max`, `${ms(percentile(unseenUnderHeavy.map((r) => r.ms), 50))} / ${ms(Math.max(...unseenUnderHeavy.map((r) => r.ms)))}`, `all 200 ${unseenOk ? 'pass' : 'MISS'}`],
    ['heavy reads done, statuses', `${heavy.length}: ${heavyStatuses.join(' ')}`, ''],
    ['heavy read p50 / p99, body', `${ms(percentile(heavyMs, 50))} / ${ms(percentile(heavyMs, 99))} ms, ${(heavyBody / 1024).toFixed(0)} kB`, ''],
  ])
  printTable(`${junkCount} distinct junk URLs (half /zh/news?category=<random>, half /zh/<random>)`, ['figure', 'value', 'target'], [
    ['statuses', Object.entries(junkStatuses).map(([status, count]) => `${status}×${count}`).join(' '), ''],
    ['time, 20 at a time', `${junkSeconds.toFixed(1)} s (${(junkCount / junkSeconds).toFixed(0)} req/s)`, ''],
    ['page cache files before → after', `${before.files} → ${after.files}`, `+≤ ${junkGrowthMaxFiles} ${checks.junkAddsFewFiles ? 'pass' : 'MISS'}`],
    ['page cache bytes before → after', `${before.bytes} → ${after.bytes}`, ''],
    ['cached /zh p99 after the junk', ms(afterJunk.p99Ms), `< ${cachedP99TargetMs} ms ${checks.cachedP99AfterJunk ? 'pass' : 'MISS'}`],
  ])
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    size,
    heavy: { inFlight: heavyInFlight, path: heavyPath, done: heavy.length, statuses: heavyStatuses, p50Ms: percentile(heavyMs, 50), p99Ms: percentile(heavyMs, 99), bodyBytes: heavyBody },
    cached: { quiet, underHeavy, afterJunk },
    unseen: unseenUnderHeavy,
    junk: { count: junkCount, statuses: junkStatuses, seconds: junkSeconds, before, after },
    checks,
  }
  writeResults('abuse', report)
  return Object.values(checks).every(Boolean) ? 0 : 1
}

runBenchmark(main)

/**
 * `npm run bench:compare -- --template <dir or URL>`: Payload's `website` template and this portal,
 * measured one after the other in the same run on the same machine, in one table with their
 * ratio. The template is one that ../shared/bench/website-template.sh built (its folder, which
 * this script starts with `next start`, or the URL of one already running). For each site: load
 * (autocannon) on a static file, home, a list, a detail page and search (the portal in both
 * locales, at --news items); first-load JavaScript and HTML, gzipped; server memory after the
 * load; an edit's publish-to-visible on the detail page and its list (and, for the portal, home,
 * the feed and the sitemap file that lists it); Lighthouse mobile, median of --lighthouse-runs, for home, the list and the
 * detail page. Prints the tables beside the issue's targets and writes every figure to
 * bench/results/compare-<time>.json. Not a test: it exits 0 whatever the figures.
 * Options: --template (required) --template-port 3100 --news 100000 --connections 50
 * --duration 10 --lighthouse-runs 3 --port 3410 --pg-port 54364.
 */
import { chromium } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { StartupError } from '../src/server/errors'

import {
  demoEditor,
  get,
  loadUrl,
  type LoadFigures,
  machine,
  type PageWeight,
  pageWeight,
  portalWebServerCommand,
  portOption,
  printTable,
  processTreeMemory,
  type ProcessMemory,
  publishToVisible,
  readOptions,
  runBenchmark,
  seedBulk,
  startServer,
  stopAlsoOnExit,
  stopServer,
  waitForHome,
  wholeNumber,
  writeResults,
} from './bench-common'

const usage =
  'Usage: npm run bench:compare -- --template </tmp/anchor/website | http://127.0.0.1:3100> [--template-port 3100] [--news 100000] [--connections 50] [--duration 10] [--lighthouse-runs 3] [--port 3410] [--pg-port 54364]'

// The issue's targets; 1 kB = 1,000 bytes.
const minRatioToTemplate = 1.3
const maxPageP99Ms = 60
const minSearchReqPerSec = 1000
const maxSearchP99Ms = 100
const maxFirstLoadJs = 120_000
const maxVisibleMs = 1000
const maxServerMemory = 600 * 1024 * 1024
const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
// What website-template.sh seeds: its admin, the post it measures and a word of that post's title.
const templateAdmin = { email: 'admin@example.com', password: 'anchor-admin-pw' }
const templatePost = 'digital-horizons'
const templateSearch = 'digital'
// A demo news item with a cover image and related documents, present at every --news size (loads, weight, Lighthouse).
const portalNews = 'science-city-officially-designated'
const portalSearch = { zh: '科学城', en: 'science city' }
const locales = ['zh', 'en'] as const

type Kind = 'static' | 'home' | 'list' | 'detail' | 'search'
type Route = { kind: Kind; path: string; locale?: string }
type Load = Route & LoadFigures
type Weight = Route & PageWeight
type Lighthouse = Route & { runs: Record<string, number>[]; median: Record<string, number>; belowFull: string[] }
type SiteReport = {
  name: string
  base: string
  loads: Load[]
  weights: Weight[]
  memory?: { server: ProcessMemory; others: ProcessMemory[] }
  publishToVisible: { page: string; visibleMs?: number }[]
  lighthouse: Lighthouse[]
}

function parseOptions() {
  const values = readOptions(
    {
      template: { type: 'string' },
      'template-port': { type: 'string' },
      news: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      port: { type: 'string' },
      'pg-port': { type: 'string' },
    },
    usage,
  )
  if (!values.template) throw new StartupError(`--template is required: the folder or the URL of a template built by ../shared/bench/website-template.sh. ${usage}`)
  return {
    template: values.template,
    templatePort: portOption(values['template-port'], 'template-port', 3100, usage),
    news: wholeNumber(values.news, 'news', 100_000, usage),
    connections: wholeNumber(values.connections, 'connections', 50, usage),
    duration: wholeNumber(values.duration, 'duration', 10, usage),
    lighthouseRuns: wholeNumber(values['lighthouse-runs'], 'lighthouse-runs', 3, usage),
    port: portOption(values.port, 'port', 3410, usage),
    pgPort: portOption(values['pg-port'], 'pg-port', 54364, usage),
  }
}
type Options = ReturnType<typeof parseOptions>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The template's `next start` in its own folder, in a process group of its own (stopped as a
 * whole). Only what Next needs from our environment: the template reads its own `.env`.
 */
async function startTemplate(folder: string, port: number): Promise<{ base: string; pid: number; stop: () => Promise<void> }> {
  const next = path.join(folder, 'node_modules/next/dist/bin/next')
  if (!fs.existsSync(path.join(folder, '.next/BUILD_ID')) || !fs.existsSync(next)) {
    throw new StartupError(`${folder} holds no built template: run ../shared/bench/website-template.sh <payload.git> first (it builds into /tmp/anchor/website).`)
  }
  const base = `http://127.0.0.1:${port}`
  console.log(`Starting the template (${folder}) on port ${port} …`)
  const child: ChildProcess = spawn(process.execPath, [next, 'start', '-p', String(port)], {
    cwd: folder,
    detached: true,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
  })
  const pid = child.pid
  if (pid === undefined) throw new StartupError('The template server could not be started.')
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-pid, 'SIGTERM')
    if ((await Promise.race([exited, sleep(10_000).then(() => 'late')])) === 'late') process.kill(-pid, 'SIGKILL')
  }
  const forget = stopAlsoOnExit(stop)
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (child.exitCode !== null) throw new StartupError(`The template server stopped (exit ${child.exitCode}); is its database (see ${folder}/.env) running?`)
    if ((await get(`${base}/favicon.ico`).catch(() => ({ status: 0 }))).status === 200) {
      return { base, pid, stop: () => stop().then(() => void forget()) }
    }
    await sleep(500)
  }
  throw new StartupError(`The template on ${base} did not answer within 120 s.`)
}

/** Lighthouse (npm, mobile preset with its default simulated throttling) on one URL, `runs` times. */
async function lighthouse(url: string, runs: number): Promise<{ runs: Record<string, number>[]; median: Record<string, number>; belowFull: string[] }> {
  // Debian's Chromium where there is one (Playwright cannot download browsers on the CI machine), else Playwright's.
  const chromePath = process.env.CHROME_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath())
  const scores: Record<string, number>[] = []
  const belowFull = new Set<string>()
  for (let run = 0; run < runs; run++) {
    const file = path.join(os.tmpdir(), `bench-compare-lighthouse-${process.pid}.json`)
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        'node_modules/.bin/lighthouse',
        [
          url,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          `--only-categories=${lighthouseCategories.join(',')}`,
          '--output=json',
          `--output-path=${file}`,
        ],
        { stdio: 'ignore', env: { ...process.env, CHROME_PATH: chromePath } },
      )
      child.on('exit', resolve)
    })
    if (code !== 0) throw new StartupError(`Lighthouse failed on ${url} (exit ${code}).`)
    type Report = { categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, { score: number | null; displayValue?: string }> }
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report
    fs.rmSync(file)
    scores.push(Object.fromEntries(lighthouseCategories.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])))
    // What kept a category below 100: its weighted audits that did not score full marks.
    for (const category of lighthouseCategories) {
      for (const { id, weight } of report.categories[category]?.auditRefs ?? []) {
        const audit = report.audits[id]
        if (weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) belowFull.add(`${category}: ${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      }
    }
  }
  const median = Object.fromEntries(
    lighthouseCategories.map((category) => {
      const sorted = scores.map((score) => score[category]!).sort((a, b) => a - b)
      return [category, sorted[Math.floor((sorted.length - 1) / 2)]!]
    }),
  )
  return { runs: scores, median, belowFull: [...belowFull] }
}

/** Everything measured on one site, one thing at a time: loads, memory, page weight, publish-to-visible, Lighthouse. */
async function measureSite(
  name: string,
  site: { base: string; pid?: number; serverCommand: RegExp },
  routes: Route[],
  // Worked out after the memory is read: finding the portal's sitemap file builds several files.
  publishSettings: () => Promise<Omit<Parameters<typeof publishToVisible>[0], 'base'>>,
  options: Options,
): Promise<SiteReport> {
  const { base } = site
  console.log(`\n${name}: load, ${options.connections} connections, ${options.duration} s per URL (after a 2 s warm-up) …`)
  const loads: Load[] = []
  for (const route of routes) {
    console.log(`  ${route.path} …`)
    loads.push({ ...route, ...(await loadUrl(base + route.path, { ...options, warmupSeconds: 2 })) })
  }
  let memory: SiteReport['memory']
  if (site.pid !== undefined) {
    const tree = processTreeMemory(site.pid)
    // The largest process that runs the server, should it start helpers of its own.
    const server = tree.filter((entry) => site.serverCommand.test(entry.command)).sort((a, b) => b.rssBytes - a.rssBytes)[0]
    if (server) memory = { server, others: tree.filter((entry) => entry !== server) }
  }
  console.log(`${name}: page weight …`)
  const weights: Weight[] = []
  for (const route of routes.filter((route) => route.kind !== 'static')) weights.push({ ...route, ...(await pageWeight(base, route.path)) })
  console.log(`${name}: publish to visible …`)
  const visible = await publishToVisible({ ...(await publishSettings()), base, timeoutMs: 30_000 })
  console.log(`${name}: Lighthouse, ${options.lighthouseRuns} runs per page …`)
  const audited: Lighthouse[] = []
  for (const route of routes.filter((route) => ['home', 'list', 'detail'].includes(route.kind))) {
    console.log(`  ${route.path} …`)
    audited.push({ ...route, ...(await lighthouse(base + route.path, options.lighthouseRuns)) })
  }
  return { name, base, loads, weights, memory, publishToVisible: visible, lighthouse: audited }
}

async function measureTemplate(options: Options): Promise<SiteReport> {
  const isUrl = /^https?:\/\//.test(options.template)
  const started = isUrl ? undefined : await startTemplate(path.resolve(options.template), options.templatePort)
  const base = started?.base ?? new URL(options.template).origin
  const routes: Route[] = [
    { kind: 'static', path: '/favicon.ico' },
    { kind: 'home', path: '/' },
    { kind: 'list', path: '/posts' },
    { kind: 'detail', path: `/posts/${templatePost}` },
    { kind: 'search', path: `/search?q=${templateSearch}` },
  ]
  const publish = {
    login: templateAdmin,
    collection: 'posts',
    slug: templatePost,
    locales: [undefined],
    pages: [{ path: `/posts/${templatePost}` }, { path: '/posts' }],
  }
  const report = await measureSite('Template', { base, pid: started?.pid, serverCommand: /next(-server|\/dist\/bin\/next)/ }, routes, async () => publish, options)
  await started?.stop()
  return report
}

/** The sitemap file (of the index's files) that lists this page. */
async function sitemapFileListing(base: string, path: string): Promise<string> {
  const index = (await get(`${base}/sitemap.xml`)).body.toString('utf8')
  for (const [, url] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = new URL(url!).pathname
    if ((await get(base + file)).body.toString('utf8').includes(`${path}</loc>`)) return file
  }
  throw new StartupError(`No sitemap file lists ${path}.`)
}

async function measurePortal(options: Options): Promise<SiteReport> {
  const dataDir = `.data/bench-${options.news}-postgres`
  const uploadsDir = `.data/bench-${options.news}-uploads`
  await seedBulk(options.news, dataDir, options.pgPort, uploadsDir)
  const { base, pid } = startServer({ port: options.port, pgPort: options.pgPort, dataDir, uploadsDir, pageCacheDir: '.data/bench-compare-page-cache' })
  await waitForHome(base)
  const home = await pageWeight(base, '/zh')
  if (!home.staticFile) throw new StartupError('The portal home page references no /_next/static/ file to use as the static file.')
  const routes: Route[] = [
    { kind: 'static', path: home.staticFile },
    ...locales.flatMap((locale): Route[] => [
      { kind: 'home', path: `/${locale}`, locale },
      { kind: 'list', path: `/${locale}/news`, locale },
      { kind: 'detail', path: `/${locale}/news/${portalNews}`, locale },
      { kind: 'search', path: `/${locale}/search?q=${encodeURIComponent(portalSearch[locale])}`, locale },
    ]),
  ]
  // The newest news item: the one the list, home and the feed show.
  const list = (await get(`${base}/zh/news`)).body.toString('utf8')
  const newest = /href="\/zh\/news\/((?!feed\.xml)[a-z0-9-]+)"/.exec(list)?.[1]
  if (!newest) throw new StartupError('The news list links to no news item.')
  const pages = locales.flatMap((locale) =>
    [`/${locale}/news/${newest}`, `/${locale}/news`, `/${locale}`, `/${locale}/news/feed.xml`].map((page) => ({ path: page, locale })),
  )
  const publish = async () => ({
    login: demoEditor,
    collection: 'news',
    slug: newest,
    locales: [...locales],
    pages: [
      ...pages,
      { path: await sitemapFileListing(base, `/zh/news/${newest}`), shows: (saved: { updatedAt: string }) => `<lastmod>${saved.updatedAt}</lastmod>` },
    ],
  })
  const report = await measureSite(`Portal (${options.news} news items)`, { base, pid, serverCommand: portalWebServerCommand }, routes, publish, options)
  await stopServer()
  return report
}

const mb = (bytes?: number) => (bytes === undefined ? '—' : `${Math.round(bytes / 1024 / 1024)} MB`)
const kB = (bytes?: number) => (bytes === undefined ? '—' : (bytes / 1000).toFixed(1))
const verdict = (misses: (string | false)[]) => {
  const found = misses.filter(Boolean)
  return found.length === 0 ? 'pass' : `MISS (${found.join(', ')})`
}

function report(template: SiteReport, portal: SiteReport, options: Options) {
  const kinds: Kind[] = ['static', 'home', 'list', 'detail', 'search']
  const portalOf = <T extends Route>(rows: T[], kind: Kind) => rows.filter((row) => row.kind === kind)
  const loadCells = (load?: Load) => (load ? [load.reqPerSec.toFixed(0), String(load.p50Ms), String(load.p99Ms), String(load.non2xx + load.errors)] : ['—', '—', '—', '—'])
  const loadRows = kinds.map((kind) => {
    const theirs = template.loads.find((load) => load.kind === kind)
    const ours = portalOf(portal.loads, kind)
    const slowest = ours.reduce((min, load) => (load.reqPerSec < min.reqPerSec ? load : min), ours[0]!)
    const ratio = theirs ? slowest.reqPerSec / theirs.reqPerSec : undefined
    const worstP99 = Math.max(...ours.map((load) => load.p99Ms))
    const failed = ours.some((load) => load.non2xx + load.errors > 0) && 'errors'
    const target =
      kind === 'static'
        ? '—'
        : kind === 'search'
          ? verdict([slowest.reqPerSec < minSearchReqPerSec && 'req/s', worstP99 >= maxSearchP99Ms && 'p99', failed])
          : verdict([(ratio ?? 0) < minRatioToTemplate && 'ratio', worstP99 > maxPageP99Ms && 'p99', failed])
    return { kind, theirs, ours, ratio, target }
  })
  const oursCell = (rows: Load[], locale?: string) => loadCells(rows.find((row) => row.locale === locale || (!row.locale && !locale)))
  printTable(
    `Load, same run (autocannon -c ${options.connections} -d ${options.duration}, no compression; × = the portal's slower locale over the template)`,
    ['page', 'template req/s', 'p50', 'p99', 'bad', 'portal zh req/s', 'p50', 'p99', 'bad', 'portal en req/s', 'p50', 'p99', 'bad', '×', 'target'],
    loadRows.map((row) => [
      row.kind,
      ...loadCells(row.theirs),
      ...(row.kind === 'static' ? oursCell(row.ours) : oursCell(row.ours, 'zh')),
      ...(row.kind === 'static' ? ['', '', '', ''] : oursCell(row.ours, 'en')),
      row.ratio === undefined ? '—' : row.ratio.toFixed(2),
      row.target,
    ]),
  )
  console.log(`Targets: home, list, detail ≥ ${minRatioToTemplate}× the template with p99 ≤ ${maxPageP99Ms} ms; search ≥ ${minSearchReqPerSec} req/s with p99 < ${maxSearchP99Ms} ms.`)

  const weightRows = kinds
    .filter((kind) => kind !== 'static')
    .map((kind) => {
      const theirs = template.weights.find((weight) => weight.kind === kind)
      const ours = portalOf(portal.weights, kind)
      const heaviest = Math.max(...ours.map((weight) => weight.firstLoadJsGzip ?? Infinity))
      const cells = (weight?: Weight) => [kB(weight?.firstLoadJsGzip), kB(weight?.htmlGzip)]
      return [
        kind,
        ...cells(theirs),
        ...cells(ours.find((weight) => weight.locale === 'zh')),
        ...cells(ours.find((weight) => weight.locale === 'en')),
        verdict([heaviest > maxFirstLoadJs && 'JS']),
      ]
    })
  printTable(
    `Page weight, gzipped kB (node:zlib default level; first-load JS found as website-template.sh finds it; target JS ≤ ${kB(maxFirstLoadJs)} kB)`,
    ['page', 'template JS', 'HTML', 'portal zh JS', 'HTML', 'portal en JS', 'HTML', 'target'],
    weightRows,
  )

  const visibleRows = [
    ...template.publishToVisible.map((entry) => ['template', entry.page, entry.visibleMs === undefined ? 'not within 30 s' : String(entry.visibleMs), '—']),
    ...portal.publishToVisible.map((entry) => [
      'portal',
      entry.page,
      entry.visibleMs === undefined ? 'not within 30 s' : String(entry.visibleMs),
      verdict([(entry.visibleMs ?? Infinity) >= maxVisibleMs && 'time']),
    ]),
  ]
  printTable(`Publish to visible (ms from an edit saved through REST; target < ${maxVisibleMs} ms)`, ['site', 'page', 'ms', 'target'], visibleRows)

  const memoryRow = (site: SiteReport) => [
    site.name,
    site.memory ? mb(site.memory.server.rssBytes) : 'not measured (server not started here)',
    site.memory ? site.memory.others.map((entry) => `${entry.command.split(' ')[0]!.split('/').pop()} ${mb(entry.rssBytes)}`).join(', ') || '—' : '—',
  ]
  printTable(
    `Server memory after the load (resident; target ≤ ${mb(maxServerMemory)} for the portal's web server)`,
    ['site', 'web server RSS', 'its other processes', 'target'],
    [
      [...memoryRow(template), '—'],
      [...memoryRow(portal), portal.memory ? verdict([portal.memory.server.rssBytes > maxServerMemory && 'memory']) : 'MISS (not measured)'],
    ],
  )

  const scores = (audit?: Lighthouse) => (audit ? lighthouseCategories.map((category) => audit.median[category]).join('/') : '—')
  printTable(
    `Lighthouse mobile, median of ${options.lighthouseRuns} (performance/accessibility/best-practices/SEO; target 100 in all four)`,
    ['page', 'template', 'portal zh', 'portal en', 'target'],
    (['home', 'list', 'detail'] as const).map((kind) => {
      const ours = portalOf(portal.lighthouse, kind)
      const full = ours.every((audit) => lighthouseCategories.every((category) => audit.median[category] === 100))
      return [kind, scores(template.lighthouse.find((audit) => audit.kind === kind)), scores(ours.find((audit) => audit.locale === 'zh')), scores(ours.find((audit) => audit.locale === 'en')), full ? 'pass' : 'MISS']
    }),
  )
  for (const audit of portal.lighthouse.filter((entry) => entry.belowFull.length > 0)) console.log(`  ${audit.path}: ${audit.belowFull.join('; ')}`)
}

async function main() {
  const options = parseOptions()
  // One site at a time: the machine's cores are shared by the server and the load generator.
  const template = await measureTemplate(options)
  const portal = await measurePortal(options)
  report(template, portal, options)
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    options,
    targets: { minRatioToTemplate, maxPageP99Ms, minSearchReqPerSec, maxSearchP99Ms, maxFirstLoadJs, maxVisibleMs, maxServerMemory },
    template,
    portal,
  }
  writeResults('compare', results)
  return 0
}

runBenchmark(main)

/**
 * `npm run bench:load`: a bounded load test of the production build. autocannon sends a mix of
 * public routes in both locales over many connections while an editor publishes a news item in a
 * loop through the REST API and checks that every edit reaches both public pages, whole; the
 * memory of the server's process tree is sampled every second. Prints the figures beside the
 * targets (no errors, no lost or half-published edit, memory not growing), writes them to
 * bench/results/load-<time>.json and exits 1 when a target is missed.
 * Options: --duration 60 (seconds), --connections 100, --port 3401 and --pg-port 54361 for its own
 * server, which starts on a new database (.data/load-postgres) every time.
 */
import autocannon from 'autocannon'
import os from 'node:os'

import { StartupError } from '../src/server/errors'

import {
  api,
  createAdmin,
  get,
  machine,
  percentile,
  portOption,
  portalWebServerCommand,
  printTable,
  processTreeMemory,
  readOptions,
  runBenchmark,
  serverStderrLines,
  startServer,
  waitForHome,
  wholeNumber,
  writeResults,
} from './bench-common'

const usage = 'Usage: npm run bench:load -- [--duration 60] [--connections 100] [--port 3401] [--pg-port 54361]'
// An edit must show on both public pages within this time after its publish returned, or it is lost.
const visibleTimeoutMs = 10_000
// "Not growing": over the second half of the run the tree's memory rises by at most this much per
// minute, or it ends no higher than its peak in the first half. RSS saws up and down with garbage
// collection, so a slope alone over 30 s can point up without a leak; a leak also climbs past
// every earlier peak.
const maxGrowthMbPerMin = 10
const editedSlug = 'science-city-officially-designated'
const editedPath = (locale: Locale) => `/${locale}/news/${editedSlug}`
// The editor's numbered titles; the public pages are read back through these patterns.
const titles = {
  zh: { make: (n: number) => `负载测试第 ${n} 版`, read: /^负载测试第 (\d+) 版$/ },
  en: { make: (n: number) => `Load test revision ${n}`, read: /^Load test revision (\d+)$/ },
}
const locales = ['zh', 'en'] as const
type Locale = (typeof locales)[number]

type Route = { path: string; expected: 200 | 404 }
type RouteCounts = Route & { responses: number; unexpected: Record<string, number> }

const searchTerms: Record<Locale, string> = { zh: '科学城', en: 'Science City' }
const routesOf = (locale: Locale): Route[] =>
  [
    '',
    '/news',
    '/news?category=cooperation',
    '/news?page=2',
    `/news/${editedSlug}`,
    '/projects',
    '/projects?status=under-construction',
    '/projects?page=2',
    '/projects/hangu-interchange',
    '/policies',
    '/policies?type=talent',
    '/policies/golden-phoenix-talent-policy',
    '/timeline',
    '/about',
    `/search?q=${encodeURIComponent(searchTerms[locale])}`,
    '/news/feed.xml',
  ]
    .map((path): Route => ({ path: `/${locale}${path}`, expected: 200 }))
    .concat({ path: `/${locale}/no-such-page`, expected: 404 })
const routes: Route[] = [...locales.flatMap(routesOf), { path: '/sitemap.xml', expected: 200 }]

function parseOptions() {
  const values = readOptions(
    { duration: { type: 'string', short: 'd' }, connections: { type: 'string', short: 'c' }, port: { type: 'string' }, 'pg-port': { type: 'string' } },
    usage,
  )
  return {
    duration: wholeNumber(values.duration, 'duration', 60, usage),
    connections: wholeNumber(values.connections, 'connections', 100, usage),
    port: portOption(values.port, 'port', 3401, usage),
    pgPort: portOption(values['pg-port'], 'pg-port', 54361, usage),
  }
}

// ---- The editor ----

type Editor = { base: string; headers: Record<string, string> }

/**
 * Production seeds no logins: create the first admin the operator's way (the database is new), let
 * it create an editor, and log in as that editor. Writes carry the site's Origin, as the admin's
 * own requests do.
 */
async function signInEditor(base: string, database: { dataDir: string; pgPort: number }): Promise<Editor> {
  const origin = { origin: base }
  const admin = { email: 'load-admin@example.com', password: 'load-admin-password-1' }
  const editor = { email: 'load-editor@example.com', password: 'load-editor-password-1' }
  createAdmin(database, admin)
  const { token: adminToken } = await api(base, 'POST', '/api/users/login', origin, admin)
  await api(base, 'POST', '/api/users', { ...origin, authorization: `JWT ${adminToken}` }, { ...editor, roles: ['editor'] })
  const { token } = await api(base, 'POST', '/api/users/login', origin, editor)
  return { base, headers: { ...origin, authorization: `JWT ${token}` } }
}

type Publish = {
  n: number
  /** Both PATCH requests (zh, then en), in ms. */
  publishMs?: number
  /** From the end of the publish until both public pages showed it; undefined when lost. */
  visibleMs?: number
  /** A read after the publish showed one locale's new title and the other's old one. */
  halfPublished: boolean
  /** Just before this publish, a page no longer showed the previous edit (an older one came back). */
  previousReverted?: boolean
  error?: string
}

/** The number in the page's <h1> if it is one of the editor's titles, 0 for any other title. */
function shownNumber(html: string, locale: Locale): number {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''
  return Number(titles[locale].read.exec(heading)?.[1] ?? 0)
}

const readBothPages = (base: string) =>
  Promise.all(locales.map(async (locale) => shownNumber((await get(base + editedPath(locale))).body.toString('utf8'), locale)))

/**
 * Publishes edit n in both locales, then reads both public pages until they show it. Reads them
 * first too: they must still show the previous edit, if it became visible.
 */
async function publishAndCheck(editor: Editor, id: number, n: number, previous?: Publish): Promise<Publish> {
  const publish: Publish = { n, halfPublished: false }
  try {
    publish.previousReverted = previous?.visibleMs !== undefined && (await readBothPages(editor.base)).some((shown) => shown !== previous.n)
    const started = performance.now()
    for (const locale of locales) {
      await api(editor.base, 'PATCH', `/api/news/${id}?locale=${locale}&depth=0`, editor.headers, { title: titles[locale].make(n), _status: 'published' })
    }
    const published = performance.now()
    publish.publishMs = published - started
    while (performance.now() - published < visibleTimeoutMs) {
      const shown = await readBothPages(editor.base)
      if (shown.every((number) => number === n)) {
        // A read that began in time may end after the limit (slow pages): that is too late.
        const visibleMs = performance.now() - published
        if (visibleMs <= visibleTimeoutMs) publish.visibleMs = visibleMs
        break
      }
      if (shown.some((number) => number === n)) publish.halfPublished = true
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } catch (error) {
    // A refused publish or a failed read: counted as an error, never as a lost edit.
    publish.error = (error as Error).message
  }
  return publish
}

async function editorLoop(editor: Editor, id: number, running: () => boolean): Promise<Publish[]> {
  const publishes: Publish[] = []
  for (let n = 1; running(); n++) publishes.push(await publishAndCheck(editor, id, n, publishes.at(-1)))
  return publishes
}

// ---- Memory of the server's process tree ----

// The tree by proportional set size: each Postgres backend's RSS grows with every page of the
// shared buffers it touches, which RSS counts again for each; PSS counts each page once.
type MemorySample = { seconds: number; treePssMb: number; webServerMb: number; processes: number }

/** The whole tree's memory (Node, Next, Postgres) and that of the web server process alone. */
function memoryOf(rootPid: number): Omit<MemorySample, 'seconds'> {
  const tree = processTreeMemory(rootPid)
  const megabytes = (bytes: number) => bytes / 1024 / 1024
  return {
    treePssMb: megabytes(tree.reduce((sum, entry) => sum + entry.pssBytes, 0)),
    webServerMb: megabytes(tree.find((entry) => portalWebServerCommand.test(entry.command))?.rssBytes ?? 0),
    processes: tree.length,
  }
}

/** Least-squares slope of memory over time, in MB per minute. */
function slopeMbPerMin(samples: MemorySample[], figure: 'treePssMb' | 'webServerMb'): number {
  if (samples.length < 2) return 0
  const meanT = samples.reduce((sum, s) => sum + s.seconds, 0) / samples.length
  const meanM = samples.reduce((sum, s) => sum + s[figure], 0) / samples.length
  const covariance = samples.reduce((sum, s) => sum + (s.seconds - meanT) * (s[figure] - meanM), 0)
  const variance = samples.reduce((sum, s) => sum + (s.seconds - meanT) ** 2, 0)
  return (covariance / variance) * 60
}

// ---- The run ----

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
const max = (values: number[]) => (values.length === 0 ? undefined : Math.max(...values))

const ms = (value?: number) => (value === undefined ? '—' : `${Math.round(value)} ms`)
const mb = (value: number) => `${value.toFixed(0)} MB`
const verdict = (pass: boolean) => (pass ? 'pass' : 'MISS')

async function main(): Promise<number> {
  const options = parseOptions()
  const database = { dataDir: '.data/load-postgres', pgPort: options.pgPort }
  const server = startServer({ port: options.port, pgPort: options.pgPort, dataDir: database.dataDir, uploadsDir: '.data/load-uploads', fresh: true })
  const { base } = server
  await waitForHome(base)
  const loadBefore = os.loadavg()

  // Every route once, twice: a wrong path fails here rather than as thousands of errors, and the
  // first render of each page is not what is measured.
  for (let round = 0; round < 2; round++) {
    for (const route of routes) {
      const { status } = await get(base + route.path)
      if (status !== route.expected) throw new StartupError(`${route.path} answered ${status} instead of ${route.expected} before the load started.`)
    }
  }
  const editor = await signInEditor(base, database)
  const found = await api(base, 'GET', `/api/news?where[slug][equals]=${editedSlug}&depth=0`, editor.headers)
  const id = (found.docs as { id: number }[] | undefined)?.[0]?.id
  if (id === undefined) throw new StartupError(`The demo news item "${editedSlug}" is missing; did the seed run?`)

  console.log(`\nLoad: ${options.connections} connections for ${options.duration} s over ${routes.length} routes; the editor publishes news item ${id} in a loop …`)
  const counts: RouteCounts[] = routes.map((route) => ({ ...route, responses: 0, unexpected: {} }))
  const memory: MemorySample[] = []
  const loadStarted = performance.now()
  const sample = () => memory.push({ seconds: (performance.now() - loadStarted) / 1000, ...memoryOf(server.pid) })
  sample()
  const sampler = setInterval(sample, 1000)
  const stderrBefore = serverStderrLines()
  let loading = true
  const requests = counts.map((route) => ({
    method: 'GET' as const,
    path: route.path,
    onResponse: (status: number) => {
      route.responses++
      // autocannon reports no status for a response it cut off (e.g. when the run ends).
      const key = String(status ?? 'none')
      if (status !== route.expected) route.unexpected[key] = (route.unexpected[key] ?? 0) + 1
    },
  }))
  let clients = 0
  const load = autocannon({
    url: base,
    connections: options.connections,
    duration: options.duration,
    // Browsers ask for gzip, and Next compresses every answer, cached or not.
    headers: { 'accept-encoding': 'gzip' },
    requests,
    // Each connection walks through all routes in turn, starting at a different one, so that
    // every route is asked for from the start however slow some of them are.
    setupClient: (client) => {
      const start = clients++ % requests.length
      client.setRequests([...requests.slice(start), ...requests.slice(0, start)])
    },
  })
  const editing = editorLoop(editor, id, () => loading)
  const result = await load
  loading = false
  sample()
  clearInterval(sampler)
  const publishes = await editing
  const stderrDuringLoad = serverStderrLines() - stderrBefore

  // After the load: both pages and the API hold the last edit in both locales.
  const last = publishes.filter((publish) => !publish.error).at(-1)?.n ?? 0
  const shownAtEnd = await readBothPages(base)
  const stored = await api(base, 'GET', `/api/news/${id}?locale=all&depth=0`, editor.headers)
  const storedTitles = stored.title as Record<Locale, string>
  const finalConsistent = shownAtEnd.every((n) => n === last) && locales.every((locale) => storedTitles[locale] === titles[locale].make(last))

  const unexpectedOf = (route: RouteCounts) => sum(Object.values(route.unexpected))
  const expected404 = sum(counts.filter((route) => route.expected === 404).map((route) => route.responses - unexpectedOf(route)))
  const unexpected = sum(counts.map(unexpectedOf))
  // autocannon counts a timeout as an error too.
  const connectionErrors = result.errors - result.timeouts
  const publishErrors = publishes.filter((publish) => publish.error)
  const lost = publishes.filter((publish) => !publish.error && publish.visibleMs === undefined)
  const reverted = publishes.filter((publish) => publish.previousReverted)
  const halfPublished = publishes.filter((publish) => publish.halfPublished)
  const visibleTimes = publishes.flatMap((publish) => (publish.visibleMs === undefined ? [] : [publish.visibleMs]))
  const publishTimes = publishes.flatMap((publish) => (publish.publishMs === undefined ? [] : [publish.publishMs]))

  const duringLoad = memory.filter((s) => s.seconds <= options.duration + 1)
  const secondHalf = duringLoad.filter((s) => s.seconds >= options.duration / 2)
  const figuresOf = (figure: 'treePssMb' | 'webServerMb') => {
    const figures = {
      startMb: duringLoad[0]![figure],
      peakMb: Math.max(...duringLoad.map((s) => s[figure])),
      firstHalfPeakMb: Math.max(...duringLoad.filter((s) => s.seconds < options.duration / 2).map((s) => s[figure])),
      endMb: duringLoad.at(-1)![figure],
      secondHalfSlopeMbPerMin: slopeMbPerMin(secondHalf, figure),
    }
    return { ...figures, notGrowing: figures.secondHalfSlopeMbPerMin <= maxGrowthMbPerMin || figures.endMb <= figures.firstHalfPeakMb }
  }
  const memoryFigures = { tree: figuresOf('treePssMb'), webServer: figuresOf('webServerMb'), processes: duringLoad.at(-1)!.processes }

  const targets = {
    zeroErrors: result.errors === 0 && unexpected === 0 && publishErrors.length === 0 && stderrDuringLoad === 0,
    zeroLostEdits: publishes.length > 0 && lost.length === 0 && reverted.length === 0 && halfPublished.length === 0 && finalConsistent,
    memoryNotGrowing: memoryFigures.tree.notGrowing && memoryFigures.webServer.notGrowing,
  }

  printTable(
    `Requests (autocannon, ${options.connections} connections, ${options.duration} s, Accept-Encoding: gzip)`,
    ['figure', 'value', ''],
    [
      ['requests', String(result.requests.total), ''],
      ['req/s (mean)', result.requests.average.toFixed(0), ''],
      ['latency p50 / p90 / p99', `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} ms`, ''],
      ['latency max', `${result.latency.max} ms`, ''],
      ['throughput', `${(result.throughput.average / 1e6).toFixed(1)} MB/s`, ''],
      ['non-2xx expected (404 route)', String(expected404), ''],
      ['non-2xx or other status unexpected', String(unexpected), verdict(unexpected === 0)],
      ['errors (connection)', String(connectionErrors), verdict(connectionErrors === 0)],
      ['timeouts', String(result.timeouts), verdict(result.timeouts === 0)],
      ['server error output (stderr lines)', String(stderrDuringLoad), verdict(stderrDuringLoad === 0)],
    ],
  )
  const unexpectedRoutes = counts.filter((route) => Object.keys(route.unexpected).length > 0)
  if (unexpectedRoutes.length > 0) {
    printTable(
      'Routes with unexpected answers',
      ['route', 'responses', 'unexpected statuses'],
      unexpectedRoutes.map((route) => [route.path, String(route.responses), JSON.stringify(route.unexpected)]),
    )
  }
  printTable(
    `Editor (news item ${id}: zh and en title, published; both public detail pages read back)`,
    ['figure', 'value', ''],
    [
      ['publishes done', String(publishes.length - publishErrors.length), ''],
      ['publish or read-back errors', String(publishErrors.length), verdict(publishErrors.length === 0)],
      ['publish request time p50 / max (zh + en)', `${ms(percentile(publishTimes, 50))} / ${ms(max(publishTimes))}`, ''],
      ['publish → visible in both p50 / max', `${ms(percentile(visibleTimes, 50))} / ${ms(max(visibleTimes))}`, ''],
      [`edits lost (not visible within ${visibleTimeoutMs / 1000} s)`, String(lost.length), verdict(lost.length === 0)],
      ['edits half-published (one locale new, one old)', String(halfPublished.length), verdict(halfPublished.length === 0)],
      ['edits reverted (an older edit shown again later)', String(reverted.length), verdict(reverted.length === 0)],
      ['last edit in pages and API after the load', finalConsistent ? `yes (#${last})` : `no (pages ${shownAtEnd.join('/')}, last #${last})`, verdict(finalConsistent)],
    ],
  )
  if (publishErrors[0]) console.log(`First editor error (#${publishErrors[0].n}): ${publishErrors[0].error}`)
  printTable(
    'Memory',
    ['figure', `all ${memoryFigures.processes} processes (Node, Next, Postgres), PSS`, 'the web server (Node and Next), RSS'],
    [
      ['start / peak / end', ...[memoryFigures.tree, memoryFigures.webServer].map((m) => `${mb(m.startMb)} / ${mb(m.peakMb)} / ${mb(m.endMb)}`)],
      ['peak in the first half', ...[memoryFigures.tree, memoryFigures.webServer].map((m) => mb(m.firstHalfPeakMb))],
      ['slope over the second half', ...[memoryFigures.tree, memoryFigures.webServer].map((m) => `${m.secondHalfSlopeMbPerMin.toFixed(1)} MB/min`)],
    ],
  )
  printTable(
    'Targets',
    ['target', 'verdict'],
    [
      ['zero errors (connection errors, timeouts, unexpected statuses, server errors, failed publishes)', verdict(targets.zeroErrors)],
      ['zero lost or half-published edits', verdict(targets.zeroLostEdits)],
      [`memory not growing, the whole tree and the web server (second half ≤ ${maxGrowthMbPerMin} MB/min, or ending at most at the first half's peak)`, verdict(targets.memoryNotGrowing)],
    ],
  )

  const report = {
    date: new Date().toISOString(),
    // The machine's load average (1, 5, 15 min) before and after: other work slows the figures.
    machine: { ...machine(), loadAverage: { before: loadBefore, after: os.loadavg() } },
    options: { ...options, url: base, acceptEncoding: 'gzip', visibleTimeoutMs, maxGrowthMbPerMin },
    targets,
    requests: {
      total: result.requests.total,
      reqPerSec: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
      throughputBytesPerSec: result.throughput.average,
      statusCodes: result.statusCodeStats,
      expected404,
      unexpected,
      errors: connectionErrors,
      timeouts: result.timeouts,
      serverStderrLines: stderrDuringLoad,
      routes: counts,
    },
    editor: {
      newsId: id,
      publishes: publishes.length - publishErrors.length,
      publishErrors: publishErrors.length,
      lost: lost.length,
      halfPublished: halfPublished.length,
      reverted: reverted.length,
      finalConsistent,
      publishMs: { p50: percentile(publishTimes, 50), max: max(publishTimes) },
      visibleMs: { p50: percentile(visibleTimes, 50), max: max(visibleTimes) },
      all: publishes,
    },
    memory: { ...memoryFigures, samples: memory },
  }
  writeResults('load', report)
  const passed = Object.values(targets).every(Boolean)
  console.log(passed ? 'All targets met.' : 'A target was missed (see above).')
  return passed ? 0 : 1
}

runBenchmark(main)

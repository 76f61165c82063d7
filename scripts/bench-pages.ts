/**
 * `npm run bench:pages`: the weight of every public route type in both locales (HTML and
 * first-load JavaScript, gzipped), then throughput and latency under load (autocannon) next to a
 * static file of the same server as the baseline. Prints tables beside the issue's targets and
 * writes every figure to bench/results/pages-<time>.json. Not a test: it exits 0 whatever the figures.
 * Options: --connections 50, --duration 10 (seconds per URL), --url http://host:port (a server
 * already running; by default a production server of its own is started, like `npm start`).
 */
import exitHook from 'async-exit-hook'
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { StartupError } from '../src/server/errors'

const usage = 'Usage: npm run bench:pages -- [--connections 50] [--duration 10] [--url http://host:port]'
const ownPort = 3400
const readyTimeoutMs = 120_000
// The issue's targets; 1 kB = 1,000 bytes.
const minReqPerSec = 1000
const maxP99Ms = 100
const maxFirstLoadJs = 120_000

type Kind = 'home' | 'list' | 'detail' | 'page' | 'feed' | 'sitemap' | 'static'
type Route = { kind: Kind; path: string }
type PageFigures = Route & { status: number; html?: number; htmlGzip?: number; firstLoadJsGzip?: number; scripts?: string[]; target?: string }
type LoadFigures = Route & { reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number; target?: string }

const localized: Route[] = [
  { kind: 'home', path: '' },
  { kind: 'list', path: '/news' },
  { kind: 'detail', path: '/news/science-city-officially-designated' },
  { kind: 'list', path: '/projects' },
  { kind: 'detail', path: '/projects/hangu-interchange' },
  { kind: 'list', path: '/policies' },
  { kind: 'detail', path: '/policies/golden-phoenix-talent-policy' },
  { kind: 'page', path: '/timeline' },
  { kind: 'page', path: '/about' },
  { kind: 'feed', path: '/news/feed.xml' },
]
const inBothLocales = (routes: Route[]) => routes.flatMap((route) => ['zh', 'en'].map((locale) => ({ ...route, path: `/${locale}${route.path}` })))
const weighed: Route[] = [...inBothLocales(localized), { kind: 'sitemap', path: '/sitemap.xml' }]
const loaded: Route[] = inBothLocales(localized.filter((route) => route.path === '' || route.path.startsWith('/news')))
const contentKinds: Kind[] = ['home', 'list', 'detail', 'page']

let server: ChildProcess | undefined

function parseOptions() {
  let values
  try {
    ;({ values } = parseArgs({ options: { connections: { type: 'string' }, duration: { type: 'string' }, url: { type: 'string' } } }))
  } catch (error) {
    throw new StartupError(`${(error as Error).message} ${usage}`)
  }
  const count = (name: 'connections' | 'duration', fallback: number) => {
    const value = Number(values[name] ?? fallback)
    if (!Number.isInteger(value) || value < 1) throw new StartupError(`--${name} must be a whole number above 0, not "${values[name]}". ${usage}`)
    return value
  }
  let url: string | undefined
  if (values.url !== undefined) {
    try {
      url = new URL(values.url).origin
    } catch {
      throw new StartupError(`--url must be like http://127.0.0.1:3000, not "${values.url}".`)
    }
  }
  return { connections: count('connections', 50), duration: count('duration', 10), url }
}

async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) })
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) }
}

function startServer(): string {
  if (!fs.existsSync('.next/BUILD_ID')) throw new StartupError('There is no production build yet: run `npm run build` first.')
  console.log(`Starting the production server on port ${ownPort} (embedded Postgres in .data/bench-postgres) …`)
  // Exactly what `npm start` runs, with a port, database and uploads of its own so that no other
  // server is disturbed. Its stderr carries start-up errors; its stdout would only break up the tables.
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(ownPort),
      NODE_ENV: 'production',
      EMBEDDED_PG_DATA_DIR: '.data/bench-postgres',
      EMBEDDED_PG_PORT: '54360',
      UPLOADS_DIR: '.data/bench-uploads',
      PAYLOAD_SECRET: 'bench-secret',
      SITE_URL: `http://127.0.0.1:${ownPort}`,
      DATABASE_URL: '',
    },
  })
  return `http://127.0.0.1:${ownPort}`
}

async function waitForHome(base: string) {
  const deadline = Date.now() + readyTimeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (server && (server.exitCode !== null || server.signalCode !== null)) {
      throw new StartupError(`The server stopped (${server.exitCode ?? server.signalCode}) before /zh answered; see its messages above.`)
    }
    try {
      const response = await fetch(`${base}/zh`, { signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)) })
      await response.arrayBuffer()
      if (response.status === 200) return
      last = `status ${response.status}`
    } catch (error) {
      last = (error as Error).message
    }
    // Against a server started by hand, one failure is enough: it is not on its way up.
    if (!server) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new StartupError(`${base}/zh did not answer 200 (${last})${server ? ` within ${readyTimeoutMs / 1000} s` : ''}.`)
}

function stopServer(): Promise<void> {
  const child = server
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    // serve.ts stops Next and then Postgres on SIGTERM; SIGKILL only if that hangs.
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

const scriptSizes = new Map<string, Promise<number>>()
function gzippedScript(url: string): Promise<number> {
  let size = scriptSizes.get(url)
  if (!size) {
    size = get(url).then(({ status, body }) => {
      if (status !== 200) throw new StartupError(`${url} answered ${status}: does the server run the build in .next?`)
      return gzipSync(body).length
    })
    scriptSizes.set(url, size)
  }
  return size
}

/** The `/_next/` scripts a browser loads for this HTML. */
function nextScripts(html: string, base: string): string[] {
  const urls = new Set<string>()
  for (const [tag = '', src = ''] of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"[^>]*>/gi)) {
    // Browsers that run modules skip `nomodule` scripts (Next's polyfills), so they weigh nothing.
    if (/\snomodule\b/i.test(tag)) continue
    const url = new URL(src.replaceAll('&amp;', '&'), base)
    if (url.origin === base && url.pathname.startsWith('/_next/')) urls.add(url.href)
  }
  return [...urls]
}

async function weigh(base: string, route: Route): Promise<PageFigures> {
  const { status, type, body } = await get(base + route.path)
  const figures: PageFigures = { ...route, status }
  if (status === 200) {
    Object.assign(figures, { html: body.length, htmlGzip: gzipSync(body).length })
    if (type.includes('text/html')) {
      figures.scripts = nextScripts(body.toString('utf8'), base)
      figures.firstLoadJsGzip = (await Promise.all(figures.scripts.map(gzippedScript))).reduce((sum, size) => sum + size, 0)
    }
  }
  if (contentKinds.includes(route.kind)) {
    if (status !== 200) figures.target = `MISS (status ${status})`
    else figures.target = (figures.firstLoadJsGzip ?? 0) <= maxFirstLoadJs ? 'pass' : 'MISS'
  }
  return figures
}

async function load(base: string, route: Route, options: { connections: number; duration: number }): Promise<LoadFigures> {
  console.log(`  ${route.path} …`)
  // A few requests first: the first render of a page is what fills its cache.
  for (let i = 0; i < 5; i++) await get(base + route.path)
  // Browsers ask for gzip, and Next compresses every answer, cached or not.
  const { connections, duration } = options
  const result = await autocannon({ url: base + route.path, connections, duration, headers: { 'accept-encoding': 'gzip' } })
  const figures: LoadFigures = {
    ...route,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
  if (['home', 'list', 'detail'].includes(route.kind)) {
    const misses = [
      (figures.non2xx > 0 || figures.errors > 0) && 'non-2xx or errors',
      figures.reqPerSec < minReqPerSec && 'req/s',
      figures.p99Ms >= maxP99Ms && 'p99',
    ].filter(Boolean)
    figures.target = misses.length === 0 ? 'pass' : `MISS (${misses.join(', ')})`
  }
  return figures
}

function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)))
  // The first column is a path, left-aligned; the last a verdict; figures in between align right.
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  console.log(`\n${title}\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`)
  for (const row of rows) console.log(line(row).trimEnd())
}

const kB = (bytes?: number) => (bytes === undefined ? '—' : `${(bytes / 1000).toFixed(1)} kB`)

async function main() {
  const options = parseOptions()
  const base = options.url ?? startServer()
  await waitForHome(base)

  console.log(`\nWeighing ${weighed.length} routes on ${base} …`)
  const pages: PageFigures[] = []
  for (const route of weighed) pages.push(await weigh(base, route))
  printTable(
    'Page weight (gzip: node:zlib default level)',
    ['route', 'status', 'HTML', 'HTML gz', 'first-load JS gz', `target: JS ≤ ${kB(maxFirstLoadJs)}`],
    pages.map((page) => [page.path, String(page.status), kB(page.html), kB(page.htmlGzip), kB(page.firstLoadJsGzip), page.target ?? '—']),
  )

  const staticPath = pages.find((page) => page.path === '/zh')?.scripts?.find((url) => new URL(url).pathname.startsWith('/_next/static/'))
  if (!staticPath) throw new StartupError('The home page /zh references no /_next/static/ script to use as the baseline.')
  const baseline: Route = { kind: 'static', path: new URL(staticPath).pathname }

  console.log(`\nLoad: ${options.connections} connections, ${options.duration} s per URL, baseline ${baseline.path} first and last …`)
  const measured: LoadFigures[] = []
  // Run the baseline first and last: how fast the machine is can change during the run.
  for (const route of [baseline, ...loaded, baseline]) measured.push(await load(base, route, options))
  const staticRuns = measured.filter((run) => run.kind === 'static')
  const staticReqPerSec = staticRuns.reduce((sum, run) => sum + run.reqPerSec, 0) / staticRuns.length
  const runs = measured.map((run) => ({ ...run, ratioToStatic: run.reqPerSec / staticReqPerSec }))
  printTable(
    `Load (× static: against the mean of both baseline runs, ${Math.round(staticReqPerSec)} req/s)`,
    ['url', 'req/s', '× static', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', `target: ≥ ${minReqPerSec} req/s, p99 < ${maxP99Ms} ms`],
    runs.map((run, i) => [
      run.kind === 'static' ? `static (${i === 0 ? 'first' : 'last'})` : run.path,
      run.reqPerSec.toFixed(0),
      run.ratioToStatic.toFixed(2),
      String(run.p50Ms),
      String(run.p99Ms),
      String(run.non2xx),
      String(run.errors),
      run.target ?? '—',
    ]),
  )

  const verdicts = [...pages, ...runs].flatMap((row) => (row.target ? [row.target] : []))
  console.log(`\nTargets: ${verdicts.filter((verdict) => verdict === 'pass').length} of ${verdicts.length} met.`)

  const cpus = os.cpus()
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model, totalMemoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` },
    options: { ...options, url: base, ownServer: !options.url, acceptEncoding: 'gzip' },
    targets: { minReqPerSec, maxP99Ms, maxFirstLoadJsGzipBytes: maxFirstLoadJs },
    pages,
    load: runs,
  }
  // Colons are not allowed in Windows file names.
  const file = path.join('bench/results', `pages-${report.date.replace(/[:.]/g, '-')}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Written to ${file}`)
}

exitHook.forceExitTimeout(15_000)
exitHook((done) => {
  void stopServer().finally(done)
})

main()
  .catch((error: unknown) => {
    console.error(error instanceof StartupError ? `✖ ${error.message}` : error)
    process.exitCode = 1
  })
  .finally(async () => {
    await stopServer()
    process.exit()
  })

/**
 * `npm run bench:pages`: the weight of every public route type in both locales (HTML and
 * first-load JavaScript, gzipped), then throughput and latency under load (autocannon) next to a
 * static file of the same server as the baseline. Prints tables beside the targets and
 * writes every figure to bench/results/pages-<time>.json. Not a test: it exits 0 whatever the figures.
 * Options: --connections 50, --duration 10 (seconds per URL), --gzip (ask for gzip like a browser;
 * by default plain, as ../shared/bench/website-template.sh measures the template), --url http://host:port (a server
 * already running; by default a production server of its own is started, like `npm start`, on
 * --port 3400 with its embedded Postgres on --pg-port 54360).
 */
import { StartupError } from '../src/server/errors'

import { loadUrl, type LoadFigures, machine, type PageWeight, pageWeight, portOption, printTable, readOptions, runBenchmark, startServer, waitForHome, wholeNumber, writeResults } from './bench-common'

const usage = 'Usage: npm run bench:pages -- [--connections 50] [--duration 10] [--gzip] [--url http://host:port | --port 3400 --pg-port 54360]'
// The targets; 1 kB = 1,000 bytes.
const minReqPerSec = 1000
const maxP99Ms = 100
const maxFirstLoadJs = 120_000

type Kind = 'home' | 'list' | 'detail' | 'page' | 'feed' | 'sitemap' | 'static'
type Route = { kind: Kind; path: string }
type PageFigures = Route & PageWeight & { target?: string }
type RouteLoad = Route & LoadFigures & { target?: string }

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

function parseOptions() {
  const values = readOptions(
    { connections: { type: 'string' }, duration: { type: 'string' }, gzip: { type: 'boolean' }, url: { type: 'string' }, port: { type: 'string' }, 'pg-port': { type: 'string' } },
    usage,
  )
  let url: string | undefined
  if (values.url !== undefined) {
    try {
      url = new URL(values.url).origin
    } catch {
      throw new StartupError(`--url must be like http://127.0.0.1:3000, not "${values.url}".`)
    }
  }
  return {
    connections: wholeNumber(values.connections, 'connections', 50, usage),
    duration: wholeNumber(values.duration, 'duration', 10, usage),
    gzip: values.gzip ?? false,
    url,
    port: portOption(values.port, 'port', 3400, usage),
    pgPort: portOption(values['pg-port'], 'pg-port', 54360, usage),
  }
}

async function weigh(base: string, route: Route): Promise<PageFigures> {
  const figures: PageFigures = { ...route, ...(await pageWeight(base, route.path)) }
  if (contentKinds.includes(route.kind)) {
    if (figures.status !== 200) figures.target = `MISS (status ${figures.status})`
    else figures.target = (figures.firstLoadJsGzip ?? 0) <= maxFirstLoadJs ? 'pass' : 'MISS'
  }
  return figures
}

async function load(base: string, route: Route, options: { connections: number; duration: number; gzip: boolean }): Promise<RouteLoad> {
  console.log(`  ${route.path} …`)
  const figures: RouteLoad = { ...route, ...(await loadUrl(base + route.path, options)) }
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

const kB = (bytes?: number) => (bytes === undefined ? '—' : `${(bytes / 1000).toFixed(1)} kB`)

async function main() {
  const options = parseOptions()
  const base =
    options.url ?? startServer({ port: options.port, pgPort: options.pgPort, dataDir: '.data/bench-postgres', uploadsDir: '.data/bench-uploads' }).base
  await waitForHome(base)

  console.log(`\nWeighing ${weighed.length} routes on ${base} …`)
  const pages: PageFigures[] = []
  for (const route of weighed) pages.push(await weigh(base, route))
  printTable(
    'Page weight (gzip: node:zlib default level)',
    ['route', 'status', 'HTML', 'HTML gz', 'first-load JS gz', `target: JS ≤ ${kB(maxFirstLoadJs)}`],
    pages.map((page) => [page.path, String(page.status), kB(page.html), kB(page.htmlGzip), kB(page.firstLoadJsGzip), page.target ?? '—']),
  )

  const staticPath = pages.find((page) => page.path === '/zh')?.staticFile
  if (!staticPath) throw new StartupError('The home page /zh references no /_next/static/ file to use as the baseline.')
  const baseline: Route = { kind: 'static', path: staticPath }

  console.log(`\nLoad: ${options.connections} connections, ${options.duration} s per URL, ${options.gzip ? 'Accept-Encoding: gzip' : 'no compression'}, baseline ${baseline.path} first and last …`)
  const measured: RouteLoad[] = []
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

  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { ...options, url: base, ownServer: !options.url, acceptEncoding: options.gzip ? 'gzip' : 'identity' },
    targets: { minReqPerSec, maxP99Ms, maxFirstLoadJsGzipBytes: maxFirstLoadJs },
    pages,
    load: runs,
  }
  writeResults('pages', report)
  return 0
}

runBenchmark(main)

/**
 * What the benchmarks (`bench-pages.ts`, `bench-load.ts`) share: a production server of their own,
 * started the way `npm start` starts it, option parsing, tables and the result file.
 */
import autocannon from 'autocannon'
import exitHook from 'async-exit-hook'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { gzipSync } from 'node:zlib'

import { stopChild } from '../src/server/childProcess'
import { runningPostmaster } from '../src/server/embeddedPostgres'
import { StartupError } from '../src/server/errors'
import { parsePort } from '../src/server/ports'

const readyTimeoutMs = 120_000

export type ServerSettings = {
  port: number
  pgPort: number
  /** The embedded Postgres data folder and the uploads folder, relative to the project. */
  dataDir: string
  uploadsDir: string
  /** Delete both folders first, so the server seeds a new database with no user accounts. */
  fresh?: boolean
  /** A page cache of its own (PAGE_CACHE_DIR), emptied first: nothing rendered from another database is served. */
  pageCacheDir?: string
}

/** The portal's web server process (scripts/serve.ts starts it) among a server's process tree. */
export const portalWebServerCommand = /\.next\/web-server\.mjs/

let server: ChildProcess | undefined
let stderrLines = 0
// Other servers a benchmark started (Payload's template in bench:compare), stopped with ours.
const otherStops = new Set<() => Promise<void>>()

export function stopAlsoOnExit(stop: () => Promise<void>) {
  otherStops.add(stop)
  return () => otherStops.delete(stop)
}

/** The command-line options, or a StartupError that says what is wrong and how to call the script. */
export function readOptions<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options, strict: true as const }).values
  } catch (error) {
    throw new StartupError(`${(error as Error).message} ${usage}`)
  }
}

export function wholeNumber(value: string | undefined, name: string, fallback: number, usage: string): number {
  const number = Number(value ?? fallback)
  if (!Number.isInteger(number) || number < 1) throw new StartupError(`--${name} must be a whole number above 0, not "${value}". ${usage}`)
  return number
}

export function portOption(value: string | undefined, name: string, fallback: number, usage: string): number {
  try {
    return parsePort(value, fallback, `--${name}`)
  } catch (error) {
    throw new StartupError(`${(error as Error).message} ${usage}`)
  }
}

export async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) })
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) }
}

/** A JSON API call; an answer that is not 2xx is an error with its status and the start of its body. */
export async function api(base: string, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(base + path, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as Record<string, unknown>
}

/** The p-th percentile (0–100) of some figures; undefined for none. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export type LoadFigures = { reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number }

/**
 * Loads one URL with autocannon after a few plain requests (the first render of a page is what
 * fills its cache, so the load measures the cached page). With gzip, as browsers ask: Next then
 * compresses every answer, cached or not.
 */
export async function loadUrl(
  url: string,
  options: { connections: number; duration: number; gzip?: boolean; warmupSeconds?: number },
): Promise<LoadFigures> {
  for (let i = 0; i < 5; i++) await get(url)
  const { connections, duration, gzip, warmupSeconds } = options
  const headers: Record<string, string> = gzip ? { 'accept-encoding': 'gzip' } : {}
  // A short load first, not counted, when two servers are compared: both then serve with warm code.
  if (warmupSeconds) await autocannon({ url, connections, duration: warmupSeconds, headers })
  const result = await autocannon({ url, connections, duration, headers })
  return { reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}

/** `staticFile`: a file from the site's build that the page links to (a stylesheet or script), the load tests' baseline. */
export type PageWeight = { status: number; html?: number; htmlGzip?: number; firstLoadJsGzip?: number; scripts?: string[]; staticFile?: string }

const gzippedSizes = new Map<string, Promise<number>>()
function gzippedSize(url: string): Promise<number> {
  let size = gzippedSizes.get(url)
  if (!size) {
    size = get(url).then(({ status, body }) => {
      if (status !== 200) throw new StartupError(`${url} answered ${status}: does the server run the build it was started with?`)
      return gzipSync(body).length
    })
    gzippedSizes.set(url, size)
  }
  return size
}

/**
 * The `/_next/static/` scripts a browser loads for this HTML, found the way
 * ../shared/bench/website-template.sh finds them for Payload's template (script tags, preload
 * links and the chunk paths in the inline RSC payload), so both sites are weighed alike. Scripts
 * only named in a `nomodule` tag are left out: browsers that run modules never load them.
 */
export function firstLoadScripts(html: string, base: string): string[] {
  const loaded = html.replace(/<script\b[^>]*\snomodule\b[^>]*>\s*<\/script>/gi, '')
  const paths = loaded.matchAll(/(?:\/_next\/)?static\/[A-Za-z0-9_\-/.~]+?\.js(?![A-Za-z0-9])/g)
  return [...new Set([...paths].map(([path]) => new URL(path.startsWith('/_next/') ? path : `/_next/${path}`, base).href))]
}

/** A page's HTML size, raw and gzipped (node:zlib default level), and the first-load JavaScript it needs, gzipped. */
export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const { status, type, body } = await get(base + path)
  if (status !== 200) return { status }
  const weight: PageWeight = { status, html: body.length, htmlGzip: gzipSync(body).length }
  if (type.includes('text/html')) {
    const html = body.toString('utf8')
    weight.scripts = firstLoadScripts(html, base)
    const staticFile = /\/_next\/static\/[A-Za-z0-9_\-/.~]+?\.(?:css|js)(?![A-Za-z0-9])/.exec(html)?.[0]
    if (staticFile) weight.staticFile = staticFile
    weight.firstLoadJsGzip = (await Promise.all(weight.scripts.map(gzippedSize))).reduce((sum, size) => sum + size, 0)
  }
  return weight
}

/**
 * `pssBytes`: the proportional set size, which counts a page shared by several processes (Postgres'
 * shared buffers) once in all, split between them; RSS counts it in full for each.
 */
export type ProcessMemory = { pid: number; command: string; rssBytes: number; pssBytes: number }

/** The resident memory of a process and all its descendants, one entry each (Linux /proc). */
export function processTreeMemory(rootPid: number): ProcessMemory[] {
  const parentOf = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name in `stat` may hold spaces and brackets: the fields after it start at the last ')'.
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ')
      parentOf.set(Number(entry), Number(fields[1]))
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid)
  return tree.flatMap((pid) => {
    try {
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      const pssKb = Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? rssKb)
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
      return [{ pid, command, rssBytes: rssKb * 1024, pssBytes: pssKb * 1024 }]
    } catch {
      return []
    }
  })
}

/** Starts the production server; returns its origin and the pid of its process tree's root. */
export function startServer(settings: ServerSettings): { base: string; pid: number } {
  if (!fs.existsSync('.next/BUILD_ID')) throw new StartupError('There is no production build yet: run `npm run build` first.')
  const { port, pgPort, dataDir, uploadsDir, pageCacheDir } = settings
  if (settings.fresh) {
    const running = runningPostmaster(path.resolve(dataDir))
    if (running) throw new StartupError(`A Postgres (pid ${running.pid}) still runs on ${dataDir}; stop it before starting over.`)
    for (const folder of [dataDir, `${dataDir}.log`, uploadsDir]) fs.rmSync(folder, { recursive: true, force: true })
  }
  if (pageCacheDir) fs.rmSync(pageCacheDir, { recursive: true, force: true })
  console.log(`Starting the production server on port ${port} (embedded Postgres on ${pgPort} in ${dataDir}${settings.fresh ? ', new' : ''}) …`)
  // Exactly what `npm start` runs, with a port, database and uploads of its own so that no other
  // server is disturbed. Its stderr carries start-up and request errors (counted, see
  // serverStderrLines); its stdout would only break up the tables.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      UPLOADS_DIR: uploadsDir,
      PAYLOAD_SECRET: 'bench-secret',
      SITE_URL: `http://127.0.0.1:${port}`,
      // Its own embedded Postgres, so no Redis (which is for instances sharing one Postgres).
      DATABASE_URL: '',
      REDIS_URL: '',
      ...(pageCacheDir ? { PAGE_CACHE_DIR: pageCacheDir } : {}),
    },
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk)
    stderrLines += chunk.toString('utf8').split('\n').length - 1
  })
  server = child
  if (child.pid === undefined) throw new StartupError('The server process could not be started.')
  return { base: `http://127.0.0.1:${port}`, pid: child.pid }
}

/** Lines the server has written to stderr so far (errors and warnings). */
export const serverStderrLines = () => stderrLines

/** Waits until /zh answers 200: on a server of our own up to two minutes, on another at once. */
export async function waitForHome(base: string) {
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

export async function stopServer(): Promise<void> {
  // serve.ts stops the web server and then Postgres on SIGTERM.
  await Promise.all([stopChild(server), ...[...otherStops].map((stop) => stop())])
}

/**
 * Runs a benchmark: stops its server on Ctrl-C and at the end, prints a StartupError as one line,
 * and exits with the code `main` returns (1 on an error).
 */
export function runBenchmark(main: () => Promise<number>) {
  exitHook.forceExitTimeout(15_000)
  exitHook((done) => {
    void stopServer().finally(done)
  })
  main()
    .then((code) => {
      process.exitCode = code
    })
    .catch((error: unknown) => {
      console.error(error instanceof StartupError ? `✖ ${error.message}` : error)
      process.exitCode = 1
    })
    .finally(async () => {
      await stopServer()
      process.exit()
    })
}

export function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)))
  // The first column is a name, left-aligned; the last a verdict; figures in between align right.
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  console.log(`\n${title}\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`)
  for (const row of rows) console.log(line(row).trimEnd())
}

export function machine() {
  const cpus = os.cpus()
  return { cpus: cpus.length, cpuModel: cpus[0]?.model, totalMemoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` }
}

/** Writes the report to bench/results/<name>-<its date>.json (git-ignored) and says where. */
export function writeResults(name: string, report: { date: string }) {
  // Colons are not allowed in Windows file names.
  const file = path.join('bench/results', `${name}-${report.date.replace(/[:.]/g, '-')}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Written to ${file}`)
}

/** Creates an admin on a benchmark server's embedded Postgres with `npm run admin:create`'s script. */
export function createAdmin(database: { dataDir: string; pgPort: number }, account: { email: string; password: string }) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/with-db.ts', 'node', '--import', 'tsx', 'scripts/admin-create.ts', '--email', account.email],
    {
      env: { ...process.env, EMBEDDED_PG_DATA_DIR: database.dataDir, EMBEDDED_PG_PORT: String(database.pgPort), DATABASE_URL: '', ADMIN_PASSWORD: account.password },
      encoding: 'utf8',
    },
  )
  if (result.status !== 0) throw new StartupError(`admin:create failed: ${result.stderr || result.stdout}`)
}

/** The demo editor that `npm run dev`, `npm start` and seed:bulk create. */
export const demoEditor = { email: 'editor@example.com', password: 'demo-editor-pass' }

/** Runs seed:bulk on an embedded Postgres of its own: quick when the folder already holds that many. */
export function seedBulk(size: number, dataDir: string, pgPort: number, uploadsDir: string) {
  console.log(`\nseed:bulk --news ${size} in ${dataDir} …`)
  // That folder's embedded Postgres, whatever DATABASE_URL says.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/with-db.ts', 'node', '--import', 'tsx', 'scripts/seed-bulk.ts', '--news', String(size)],
    { stdio: 'inherit', env: { ...process.env, EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), UPLOADS_DIR: uploadsDir, DATABASE_URL: '' } },
  )
  return new Promise<void>((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new StartupError(`seed:bulk --news ${size} failed (exit ${code}).`)))),
  )
}

export type PublishSettings = {
  base: string
  login: { email: string; password: string }
  /** The collection's REST path (`/api/<collection>`). */
  collection: string
  slug: string
  /** The locales whose title is changed; `[undefined]` for a site without localized fields. */
  locales: (string | undefined)[]
  /**
   * The pages that show the document, each polled for the new title in its locale, or for what
   * `shows` finds in the saved document (the sitemap shows its new `updatedAt`).
   */
  pages: { path: string; locale?: string; shows?: (saved: { updatedAt: string }) => string }[]
  timeoutMs?: number
}

/**
 * An editor retitles a published document through Payload's REST API (as the admin does) and
 * polls every page that shows it until it shows the new title: milliseconds from the save, or
 * undefined when it did not within the time-out. The old titles are put back afterwards.
 */
export async function publishToVisible(settings: PublishSettings) {
  const { base, collection, slug, locales, pages, timeoutMs = 10_000 } = settings
  const origin = { origin: base }
  const { token } = await api(base, 'POST', '/api/users/login', origin, settings.login)
  const headers = { ...origin, authorization: `JWT ${String(token)}` }
  const localeQuery = (locale?: string) => (locale ? `&locale=${locale}` : '')
  const titles = await Promise.all(
    locales.map(async (locale) => {
      const found = await api(base, 'GET', `/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1${localeQuery(locale)}`, headers)
      const doc = (found.docs as { id: number; title: string }[])[0]
      if (!doc) throw new StartupError(`${collection} ${slug} not found through the API of ${base}.`)
      return { locale, id: doc.id, title: doc.title }
    }),
  )
  const mark = `Bench${Date.now().toString(36)}`
  const newTitle = (locale?: string) => (locale ? `${mark} ${locale}` : mark)
  const saveTitles = async (titleOf: (entry: (typeof titles)[number]) => string) => {
    let saved: { updatedAt: string } | undefined
    for (const entry of titles) {
      const answer = await api(base, 'PATCH', `/api/${collection}/${entry.id}?depth=0${localeQuery(entry.locale)}`, headers, { title: titleOf(entry), _status: 'published' })
      saved = answer.doc as { updatedAt: string }
    }
    return saved!
  }
  const started = performance.now()
  const saved = await saveTitles((entry) => newTitle(entry.locale))
  const visible = await Promise.all(
    pages.map(async ({ path, locale, shows }) => {
      const expected = shows ? shows(saved) : newTitle(locale)
      while (performance.now() - started < timeoutMs) {
        if ((await get(base + path)).body.toString('utf8').includes(expected)) {
          return { page: path, visibleMs: Math.round(performance.now() - started) }
        }
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      return { page: path, visibleMs: undefined }
    }),
  )
  await saveTitles((entry) => entry.title)
  return visible
}

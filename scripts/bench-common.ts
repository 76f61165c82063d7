/**
 * What the benchmarks (`bench-pages.ts`, `bench-load.ts`) share: a production server of their own,
 * started the way `npm start` starts it, option parsing, tables and the result file.
 */
import autocannon from 'autocannon'
import exitHook from 'async-exit-hook'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'

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

let server: ChildProcess | undefined
let stderrLines = 0

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
export async function loadUrl(url: string, options: { connections: number; duration: number; gzip?: boolean }): Promise<LoadFigures> {
  for (let i = 0; i < 5; i++) await get(url)
  const { connections, duration, gzip } = options
  const result = await autocannon({ url, connections, duration, headers: gzip ? { 'accept-encoding': 'gzip' } : {} })
  return { reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
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
      DATABASE_URL: '',
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

export function stopServer(): Promise<void> {
  // serve.ts stops the web server and then Postgres on SIGTERM.
  return stopChild(server)
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

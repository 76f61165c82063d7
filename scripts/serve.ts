/**
 * `npm run dev` and `npm start`: make sure a database is there (the embedded Postgres unless
 * DATABASE_URL is set), migrate and seed it, then run Next. Stops everything it started on exit.
 */
import exitHook from 'async-exit-hook'
import { build, stop as stopEsbuild } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { embeddedSettings } from '../src/server/config'
import { databaseIdentity, ensureDatabase, withDatabaseLock } from '../src/server/database'
import { startEmbeddedPostgres } from '../src/server/embeddedPostgres'
import { databasePoolLimits, pageCopyTtlMs, payloadSecret, siteOrigin, trustProxyHops } from '../src/server/env'
import { stopChild } from '../src/server/childProcess'
import { StartupError, redactUrl } from '../src/server/errors'
import { isPortFree, parsePort } from '../src/server/ports'
import { checkScalingSettings } from '../src/server/scaling'

const modeArgument = process.argv[2]
if (modeArgument !== 'dev' && modeArgument !== 'start') {
  console.error('Usage: tsx scripts/serve.ts dev|start')
  process.exit(1)
}
const mode: 'dev' | 'start' = modeArgument
if (fs.existsSync('.env')) process.loadEnvFile('.env')
// Next sets NODE_ENV for itself; the checks below and the seed need to know it first.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (mode === 'start' ? 'production' : 'development') })

/** One page cache per database, each in a folder named by the database's identity (git-ignored). */
const PAGE_CACHES_DIR = '.data/page-cache'

let app: ChildProcess | undefined
let stopDatabase: (() => Promise<void>) | undefined

function runToEnd(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * The production web server as one plain JavaScript file, its packages left to node_modules.
 * Started through tsx instead, the server would carry tsx's module hooks (a thread with a V8 heap
 * of its own) and their compiler for its whole life: about 40 MB for code that is compiled once.
 * Built at each start, so it always matches the sources; written under another name first, so an
 * instance starting beside this one never loads half a file.
 */
async function bundleWebServer(): Promise<string> {
  const outfile = '.next/web-server.mjs'
  const written = `${outfile}.${process.pid}`
  await build({
    entryPoints: ['src/server/web.ts'],
    outfile: written,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    logLevel: 'warning',
  })
  // esbuild's compiler runs as a child process until told to stop; it is not needed again.
  await stopEsbuild()
  fs.renameSync(written, outfile)
  return outfile
}

async function shutdown() {
  await stopChild(app)
  await stopDatabase?.()
}

exitHook.forceExitTimeout(20_000)
exitHook((done) => {
  void shutdown().finally(done)
})

async function main() {
  // Fail early, with a clear message, when production lacks its secret or its address, or a
  // setting for several instances is wrong.
  payloadSecret()
  siteOrigin()
  pageCopyTtlMs()
  trustProxyHops()
  databasePoolLimits()
  checkScalingSettings()
  const port = parsePort(process.env.PORT, 3000, 'PORT')
  if (!(await isPortFree(port, '0.0.0.0'))) {
    throw new StartupError(`Port ${port} is in use; stop what runs there or choose another with PORT=3001 npm run ${mode}.`)
  }
  if (mode === 'start' && !fs.existsSync('.next/BUILD_ID')) {
    throw new StartupError('There is no production build yet: run `npm run build` first.')
  }

  let url = process.env.DATABASE_URL
  if (!url) {
    const settings = embeddedSettings()
    const embedded = await startEmbeddedPostgres({ ...settings, stopOnlyWhenAsked: true })
    stopDatabase = embedded.stop
    url = process.env.DATABASE_URL = embedded.url
    console.log(`Embedded Postgres on 127.0.0.1:${settings.port} (log: ${embedded.logFile})`)
  }
  await ensureDatabase(url)
  console.log(`Database: ${redactUrl(url)}`)

  // Migrations and the demo seed run in their own process, which loads Payload and then exits;
  // instances starting together run it one after the other.
  const prepared = await withDatabaseLock(url, 'science-city:prepare-database', () =>
    runToEnd(process.execPath, ['--import', 'tsx', 'scripts/prepare-database.ts', '--if-empty']),
  )
  if (prepared !== 0) throw new StartupError('Preparing the database failed (see above).')
  // Rendered pages belong to the database they were rendered from: another database (the tests',
  // a restored copy's, a bulk seed's) never serves them.
  process.env.PAGE_CACHE_DIR ||= path.join(PAGE_CACHES_DIR, await databaseIdentity(url))

  // PORT also tells the server's scheduled-job runner where to reach itself. Production runs our
  // own server around Next's handler (503 when the database is down, graceful SIGTERM).
  const command: [string, string[]] =
    mode === 'dev' ? ['node_modules/.bin/next', ['dev', '--port', String(port)]] : [process.execPath, [await bundleWebServer()]]
  const next = spawn(...command, { stdio: 'inherit', env: { ...process.env, PORT: String(port) } })
  app = next
  next.on('exit', (code, signal) => {
    void (stopDatabase?.() ?? Promise.resolve()).finally(() => process.exit(code ?? (signal ? 0 : 1)))
  })
}

main().catch(async (error: unknown) => {
  if (error instanceof StartupError || error instanceof RangeError) console.error(`✖ ${error.message}`)
  else console.error(error)
  await stopDatabase?.()
  process.exit(1)
})

import { expect, test } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { stopChild } from '../src/server/childProcess'
import { runningPostmaster, startEmbeddedPostgres, type RunningPostgres } from '../src/server/embeddedPostgres'
import { messages } from './pageTypes'

/**
 * Faults, each against a production server of its own (`npm start`'s way), so that stopping its
 * database or the server itself disturbs no other test.
 */
const basePort = Number(process.env.E2E_PORT || 3100)
const basePgPort = Number(process.env.E2E_EMBEDDED_PG_PORT || 54343)

type Portal = { process: ChildProcess; url: string; output: string[] }

async function startPortal(name: string, offset: number, env: Record<string, string>): Promise<Portal> {
  const port = basePort + offset
  const url = `http://127.0.0.1:${port}`
  const uploads = `.data/e2e-${name}-uploads`
  fs.rmSync(uploads, { recursive: true, force: true })
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
    // One machine, its own embedded Postgres: no Redis, even where the tests have one.
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), SITE_URL: url, PAYLOAD_SECRET: 'e2e-faults-secret', UPLOADS_DIR: uploads, REDIS_URL: '', ...env },
  })
  const output: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const deadline = Date.now() + 150_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal stopped while starting:\n${output.join('')}`)
    const ready = await fetch(`${url}/zh`).then((response) => response.ok, () => false)
    if (ready) return { process: child, url, output }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill('SIGKILL')
  throw new Error(`The portal did not start within 150 s:\n${output.join('')}`)
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))

async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

test.describe.configure({ mode: 'serial' })

test.describe('the database stops while the site is serving', () => {
  const dataDir = path.resolve('.data/e2e-outage-postgres')
  const pgPort = basePgPort + 10
  let database: RunningPostgres | undefined
  let portal: Portal | undefined

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    fs.rmSync(dataDir, { recursive: true, force: true })
    database = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'outage' })
    portal = await startPortal('outage', 1, { DATABASE_URL: database.url })
  })

  test.afterAll(async () => {
    await stopChild(portal?.process)
    await database?.stop()
  })

  test('cached pages are served, the rest answers 503 in the visitor’s language, and it recovers alone', async () => {
    test.setTimeout(120_000)
    const { url } = portal!
    // Cached before the outage: twice, so the second answer is a cache hit.
    for (const locale of ['zh', 'en']) {
      await get(`${url}/${locale}/news`)
      expect((await get(`${url}/${locale}/news`)).headers.get('x-nextjs-cache')).toBe('HIT')
    }

    // Payload now holds open connections in its pool, which the shutdown breaks.
    expect((await get(`${url}/zh/news/before-the-outage`)).status).toBe(404)
    await database!.stop()
    expect(runningPostmaster(dataDir)).toBeUndefined()

    for (const locale of ['zh', 'en'] as const) {
      const cached = await get(`${url}/${locale}/news`)
      expect(cached.status).toBe(200)

      // A page never rendered before (the build's page cache outlives servers), so it needs the database.
      const uncached = await get(`${url}/${locale}/news/outage-${locale}-${Date.now()}`)
      expect(uncached.status).toBe(503)
      expect(uncached.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(uncached.body).toContain(`<h1>${messages[locale].Unavailable.title}</h1>`)
      expect(uncached.body).toContain(`lang="${locale === 'zh' ? 'zh-CN' : 'en'}"`)
    }

    const api = await get(`${url}/api/news?limit=1`)
    expect(api.status).toBe(503)
    expect(JSON.parse(api.body)).toEqual({ errors: [{ message: messages.en.Unavailable.database }] })

    // An editor signing in is told why it failed, and that nothing was saved.
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ email: 'editor@example.com', password: 'not-the-password' }),
    })
    expect(login.status).toBe(503)
    expect(((await login.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      `${messages.zh.Unavailable.database} ${messages.zh.Unavailable.notSaved}`,
    )

    expect(portal!.process.exitCode).toBeNull()

    database = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'outage' })
    await expect
      .poll(async () => (await get(`${url}/en/news/outage-recovered-${Date.now()}`)).status, { timeout: 30_000 })
      .toBe(404)
    expect((await get(`${url}/api/ready`)).status).toBe(200)
  })
})

test.describe('SIGTERM', () => {
  const dataDir = path.resolve('.data/e2e-sigterm-postgres')
  let portal: Portal | undefined

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    fs.rmSync(dataDir, { recursive: true, force: true })
    portal = await startPortal('sigterm', 2, {
      DATABASE_URL: '',
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(basePgPort + 11),
    })
  })

  test.afterAll(async () => {
    // When the test failed before its signal: stop the portal and its database all the same.
    await stopChild(portal?.process)
  })

  test('finishes the requests in flight, stops the database, and exits within 10 seconds', async () => {
    test.setTimeout(60_000)
    const { url, process: server } = portal!
    expect(runningPostmaster(dataDir)).toBeDefined()

    // Pages never rendered before: each needs the database, so they are still in flight below.
    const inFlight = ['news', 'projects', 'policies'].flatMap((section) =>
      ['zh', 'en'].flatMap((locale) =>
        [2021, 2020, 2019].map((year) =>
          get(`${url}/${locale}/${section}?year=${year}`).then((response) => ({ ...response, at: Date.now() })),
        ),
      ),
    )
    // Long enough for the server to accept them all (a connection still in its queue when the
    // listener closes is refused, which is what stopping means), far shorter than rendering them.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const signalled = Date.now()
    server.kill('SIGTERM')

    const responses = await Promise.all(inFlight)
    for (const response of responses) expect(response.status).toBeLessThan(500)
    // At least one answer came after the signal: the server finished it instead of dropping it.
    expect(Math.max(...responses.map((response) => response.at))).toBeGreaterThan(signalled)

    await exited(server)
    expect(Date.now() - signalled).toBeLessThan(10_000)
    expect(server.exitCode).toBe(0)
    expect(runningPostmaster(dataDir)).toBeUndefined()
    expect(portal!.output.join('')).toContain('Stopped.')
  })
})

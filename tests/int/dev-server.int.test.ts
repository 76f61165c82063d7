import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stopChild } from '@/server/childProcess'

import en from '../../messages/en.json' with { type: 'json' }

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * `npm run dev` answers what does not exist with 404, as production does: a developer who checks
 * a link in development sees the same status as a visitor. (Development stores no page, so the
 * status cannot come from the page cache as in production.)
 */
describe('the development server', () => {
  let dev: ChildProcess
  let base: string

  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'dev'], {
      // Its own page cache on disk, not the Redis the tests may have.
      env: { ...process.env, NODE_ENV: 'development', PORT: String(port), PAGE_CACHE_DIR: '.data/test-dev-page-cache', REDIS_URL: '' },
      stdio: 'ignore',
    })
    const deadline = Date.now() + 150_000
    while (Date.now() < deadline) {
      const status = await fetch(`${base}/zh`).then((response) => response.status, () => 0)
      if (status === 200) return
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
    throw new Error('npm run dev did not answer /zh with 200 within 150 s')
  }, 180_000)

  afterAll(() => stopChild(dev))

  it('answers unknown paths, unknown locales and unknown filter values with a localized 404', async () => {
    const statuses: Record<string, number> = {}
    for (const path of ['/zh/no-such-page', '/en/news/no-such-item', '/zh/fr/x', '/zh/a/b/c/d', '/zh/news?category=no-such-category']) {
      statuses[path] = (await fetch(base + path, { signal: AbortSignal.timeout(120_000) })).status
    }
    expect(statuses).toEqual({
      '/zh/no-such-page': 404,
      '/en/news/no-such-item': 404,
      '/zh/fr/x': 404,
      '/zh/a/b/c/d': 404,
      '/zh/news?category=no-such-category': 404,
    })
    const body = await (await fetch(`${base}/en/no-such-page`)).text()
    expect(body).toContain(en.NotFound.title)
  }, 150_000)
})

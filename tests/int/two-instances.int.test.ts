import { createClient } from '@redis/client'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stopChild } from '@/server/childProcess'

/**
 * Two production instances (`npm start`) started at the same moment against one new database and
 * one Redis, as on two machines. Needs TEST_DATABASE_URL's server, REDIS_URL and a production
 * build (`npm run build`), so it is skipped without them, e.g.:
 * TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 \
 *   npx vitest run tests/int/two-instances.int.test.ts
 */
const server = process.env.TEST_DATABASE_URL
const redisUrl = process.env.REDIS_URL
const built = fs.existsSync('.next/BUILD_ID')
const PORTS = [3310, 3311] as const
const origin = (port: number) => `http://127.0.0.1:${port}`

describe.skipIf(!server || !redisUrl || !built)('two instances sharing Postgres and Redis (skipped without TEST_DATABASE_URL, REDIS_URL and a build)', () => {
  const database = `portal_two_instances_${process.pid}`
  const prefix = `portal-test-${randomUUID()}:`
  const logs = ['', '']
  let instances: ChildProcess[] = []

  const databaseUrl = (name: string) => {
    const url = new URL(server!)
    url.pathname = `/${name}`
    return url.toString()
  }

  async function ready(port: number) {
    for (let attempt = 0; attempt < 240; attempt++) {
      if (await fetch(`${origin(port)}/api/ready`).then((response) => response.ok, () => false)) return
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`Instance on ${port} did not get ready:\n${logs.join('\n')}`)
  }

  beforeAll(async () => {
    instances = PORTS.map((port, index) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          DATABASE_URL: databaseUrl(database),
          REDIS_URL: redisUrl,
          REDIS_KEY_PREFIX: prefix,
          JOBS_AUTORUN: index === 0 ? 'true' : 'false',
          PAYLOAD_SECRET: 'two-instances-secret',
          SITE_URL: origin(PORTS[0]),
          UPLOADS_DIR: '.data/test-two-instances-uploads',
        },
      })
      child.stdout!.on('data', (chunk) => (logs[index] += chunk))
      child.stderr!.on('data', (chunk) => (logs[index] += chunk))
      return child
    })
    await Promise.all(PORTS.map(ready))
  }, 240_000)

  afterAll(async () => {
    await Promise.all(instances.map((child) => stopChild(child)))
    const client = new pg.Client({ connectionString: databaseUrl('postgres') })
    await client.connect()
    await client.query(`drop database if exists "${database}" with (force)`)
    await client.end()
    const redis = await createClient({ url: redisUrl }).connect()
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(keys)
    redis.destroy()
    fs.rmSync('.data/test-two-instances-uploads', { recursive: true, force: true })
  }, 60_000)

  const cacheState = async (port: number, path: string) => {
    const response = await fetch(`${origin(port)}${path}`)
    return { cache: response.headers.get('x-nextjs-cache'), csp: response.headers.get('content-security-policy') ?? '', html: await response.text() }
  }

  it('prepared the database once: one instance migrated and seeded, the other waited', () => {
    const migrated = logs.map((log) => /Migrating:/.test(log))
    const seeded = logs.map((log) => /Seeded /.test(log))
    expect(migrated.filter(Boolean)).toHaveLength(1)
    expect(seeded.filter(Boolean)).toHaveLength(1)
  })

  it('serves a page rendered by one instance from the other, with its script policy', async () => {
    const path = `/en/search?q=${randomUUID().slice(0, 8)}`
    expect((await cacheState(PORTS[0], path)).cache).toBe('MISS')
    const second = await cacheState(PORTS[1], path)
    expect(second.cache).toBe('HIT')
    expect(second.csp).toMatch(/script-src 'none'/)
    expect(second.html).not.toMatch(/<script(?! type="application\/ld\+json")/)
  })

  it('shows a publish at once on the instance that saved it, and within a second on the other', async () => {
    const api = `${origin(PORTS[0])}/api`
    const json = { 'content-type': 'application/json' }
    const account = { email: 'two-instances@example.com', password: 'two-instances-password-1' }
    // Production registers nobody through the admin: the operator's command makes the first admin.
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', '--email', account.email], {
      env: { ...process.env, DATABASE_URL: databaseUrl(database), ADMIN_PASSWORD: account.password },
    })
    const { token } = (await (await fetch(`${api}/users/login`, { method: 'POST', headers: json, body: JSON.stringify(account) })).json()) as { token: string }
    const { docs } = (await (await fetch(`${api}/news?limit=1&locale=zh&depth=0`)).json()) as { docs: { id: number; slug: string }[] }
    const { id, slug } = docs[0]!
    const path = `/zh/news/${slug}`
    await cacheState(PORTS[1], path)
    expect((await cacheState(PORTS[1], path)).cache).toBe('HIT')

    const title = `两个实例 ${randomUUID().slice(0, 8)}`
    const published = await fetch(`${api}/news/${id}?locale=zh`, {
      method: 'PATCH',
      headers: { ...json, authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(published.status).toBe(200)
    const savedAt = Date.now()
    expect((await cacheState(PORTS[0], path)).html).toContain(title)
    // The other instance's copies of pages it served live up to PAGE_COPY_TTL_MS (1 s, docs/scaling.md).
    await expect.poll(async () => (await cacheState(PORTS[1], path)).html, { interval: 50, timeout: 3_000 }).toContain(title)
    await expect.poll(async () => (await cacheState(PORTS[1], '/zh/news')).html, { interval: 50, timeout: 3_000 }).toContain(title)
    expect(Date.now() - savedAt).toBeLessThan(1_500)
  })
})

import { createClient } from '@redis/client'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import PageCacheHandler from '@/server/pageCacheHandler.mjs'
import { buildIdOf, CACHE_TAGS_HEADER, isExpiredByTags, redisKeys, tagsOf } from '@/server/sharedPageCache.mjs'

const html = '<html><body><script>self.__next_f.push([1,"news"])</script></body></html>'
const page = (tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc payload'),
  segmentData: new Map([['/_tree', Buffer.from([0, 1, 2])]]),
  headers: { [CACHE_TAGS_HEADER]: tags },
  status: 200,
  postponed: undefined,
})
const pageLookup = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
const pageStore = { cacheControl: { revalidate: 3600, expire: 31536000 }, isRoutePPREnabled: false, isFallback: false }

/** A `.next/server` folder of a build with this id, as Next passes it to the handler. */
function buildFolder(buildId: string): string {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-'))
  fs.writeFileSync(path.join(distDir, 'BUILD_ID'), buildId)
  fs.mkdirSync(path.join(distDir, 'server'))
  return path.join(distDir, 'server')
}

/** What Next gives the handler it creates for each request. */
const handlerFor = (serverDistDir: string) =>
  new PageCacheHandler({ fs: nodeFs, dev: false, flushToDisk: true, serverDistDir, revalidatedTags: [], _requestHeaders: {} })

describe('shared page cache: keys and tags (no Redis needed)', () => {
  it('reads a page’s tags from its stored headers, a cached read’s from the lookup', () => {
    expect(tagsOf(page('news,_N_T_/layout'), {})).toEqual(['news', '_N_T_/layout'])
    expect(tagsOf({ kind: 'APP_PAGE', headers: {} }, {})).toEqual([])
    expect(tagsOf({ kind: 'FETCH' }, { tags: ['news'], softTags: ['_N_T_/zh/news'] })).toEqual(['news', '_N_T_/zh/news'])
  })

  it('expires an entry by a tag expired after it was stored or in the same millisecond, not before', () => {
    expect(isExpiredByTags([null, Buffer.from('2000')], 1999)).toBe(true)
    expect(isExpiredByTags([Buffer.from('2000')], 2000)).toBe(true)
    expect(isExpiredByTags([Buffer.from('2000')], 2001)).toBe(false)
    expect(isExpiredByTags([null, null], 0)).toBe(false)
  })

  it('keeps pages per build and tag expiries across builds', () => {
    const a = redisKeys('p:', 'build-a')
    const b = redisKeys('p:', 'build-b')
    expect(a.entry('/zh/news')).toBe('p:build-a:page:/zh/news')
    expect(a.entry('/zh/news')).not.toBe(b.entry('/zh/news'))
    expect(a.tags).toBe(b.tags)
  })

  it('reads the build id beside the server folder', () => {
    expect(buildIdOf(buildFolder('abc123'))).toBe('abc123')
    expect(buildIdOf('/nonexistent/server')).toBe('development')
  })

  it('serves nothing from the cache, and fails no request, while Redis is unreachable', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1')
    const handler = handlerFor(buildFolder('unreachable'))
    vi.unstubAllEnvs()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      await expect(handler.set('/zh', page('news'), pageStore)).resolves.toBeUndefined()
      await expect(handler.get('/zh', pageLookup)).resolves.toBeNull()
      await expect(handler.revalidateTag('news')).resolves.toBeUndefined()
      expect(errors.mock.calls.flat().join(' ')).toMatch(/could not expire news in Redis/)
    } finally {
      errors.mockRestore()
      await (handler as unknown as { shared: { client: { destroy(): void } } }).shared.client.destroy()
    }
  })
})

const redisUrl = process.env.REDIS_URL

// Needs a Redis server, so it runs only when REDIS_URL is set, e.g.
// REDIS_URL=redis://127.0.0.1:6379 npx vitest run tests/int/shared-page-cache.int.test.ts
describe.skipIf(!redisUrl)('shared page cache in Redis (REDIS_URL; skipped without it)', () => {
  // Keys of this run only, deleted afterwards; nothing else in that Redis is touched.
  const prefix = `portal-test-${randomUUID()}:`
  const serverDistDir = buildFolder('build-1')
  let instanceA: PageCacheHandler
  let instanceB: PageCacheHandler

  beforeAll(() => {
    vi.stubEnv('REDIS_KEY_PREFIX', prefix)
    instanceA = handlerFor(serverDistDir)
    instanceB = handlerFor(serverDistDir)
  })

  afterAll(async () => {
    vi.unstubAllEnvs()
    const client = await createClient({ url: redisUrl }).connect()
    const keys = await client.keys(`${prefix}*`)
    if (keys.length > 0) await client.del(keys)
    expect(await client.keys(`${prefix}*`)).toEqual([])
    client.destroy()
  })

  it('serves a page stored by one instance on another, with its script policy', async () => {
    await instanceA.set('/zh/news', page('news,_N_T_/layout'), pageStore)
    const entry = await instanceB.get('/zh/news', pageLookup)
    // Stored as prepared by the first instance: without Next's runtime (pageRuntime.mjs).
    expect(entry?.value).toMatchObject({ kind: 'APP_PAGE', html: '<html><body></body></html>', status: 200, rscData: Buffer.from('rsc payload') })
    expect(entry?.value.segmentData.get('/_tree')).toEqual(Buffer.from([0, 1, 2]))
    expect(entry?.value.headers['content-security-policy']).toBe("script-src 'none'")
    expect(entry?.cacheControl).toEqual(pageStore.cacheControl)
    expect(entry?.lastModified).toBeGreaterThan(Date.now() - 60_000)
  })

  it('expires that page on every instance when one of them expires its tag', async () => {
    await instanceA.set('/zh/projects', page('projects'), pageStore)
    await instanceA.revalidateTag(['news'])
    expect(await instanceB.get('/zh/news', pageLookup)).toBeNull()
    expect(await instanceA.get('/zh/news', pageLookup)).toBeNull()
    expect(await instanceB.get('/zh/projects', pageLookup)).not.toBeNull()

    // Rendered again after the expiry: served again.
    await instanceB.set('/zh/news', page('news,_N_T_/layout'), pageStore)
    expect(await instanceA.get('/zh/news', pageLookup)).not.toBeNull()
  })

  it('shares cached reads (unstable_cache) the same way', async () => {
    const read = { kind: 'FETCH', data: { headers: {}, body: '{"title":"科学城"}', status: 200, url: '' }, revalidate: false }
    const lookup = { kind: 'FETCH', tags: ['ui-strings'], softTags: ['_N_T_/layout'] }
    await instanceA.set('read-key', read, { fetchCache: true, tags: ['ui-strings'] })
    expect((await instanceB.get('read-key', lookup))?.value).toEqual(read)
    await instanceB.revalidateTag('ui-strings')
    expect(await instanceA.get('read-key', lookup)).toBeNull()
  })

  it('keeps another build’s pages apart, but expires its tags too', async () => {
    const otherBuild = handlerFor(buildFolder('build-2'))
    await instanceA.set('/en', page('site-settings'), pageStore)
    expect(await otherBuild.get('/en', pageLookup)).toBeNull()

    await otherBuild.set('/en', page('site-settings'), pageStore)
    expect(await otherBuild.get('/en', pageLookup)).not.toBeNull()
    await instanceA.revalidateTag('site-settings')
    expect(await otherBuild.get('/en', pageLookup)).toBeNull()
  })

  it('gives pages a lifetime and the tag expiries none (evicting them would bring stale pages back)', async () => {
    const client = await createClient({ url: redisUrl }).connect()
    try {
      const keys = redisKeys(prefix, 'build-1')
      expect(await client.pTTL(keys.entry('/zh/projects'))).toBeGreaterThan(23 * 60 * 60 * 1000)
      expect(await client.pTTL(keys.tags)).toBe(-1)
    } finally {
      client.destroy()
    }
  })
})

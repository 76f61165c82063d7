import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

import PageCacheHandler from '@/server/pageCacheHandler.mjs'
import { expireTagsNow } from '@/server/pageRevalidation.mjs'

const require = createRequire(import.meta.url)

/**
 * The page cache handler as Next uses it: a read or page missing from the cache (get), rendered,
 * then stored (set). Memory only; the disk is never reached.
 */
function handler() {
  const noDisk = () => Promise.reject(new Error('no disk in this test'))
  return new PageCacheHandler({
    dev: false,
    flushToDisk: false,
    serverDistDir: path.join(os.tmpdir(), 'page-cache-handler-test'),
    revalidatedTags: [],
    maxMemoryCacheSize: 10 * 1024 * 1024,
    fs: { readFile: noDisk, stat: noDisk, existsSync: () => false },
  })
}

let unique = 0
const names = () => {
  unique++
  return { key: `test-key-${Date.now()}-${unique}`, tag: `test-tag-${Date.now()}-${unique}` }
}

const cachedRead = (tag: string) => ({ kind: 'FETCH', data: { headers: {}, body: 'old text', status: 200, url: '' }, revalidate: 3600, tags: [tag] })
const readContext = (tag: string) => ({ kind: 'FETCH', tags: [tag], softTags: [] })
const page = (tag: string) => ({
  kind: 'APP_PAGE',
  html: '<html><body>old text<script>self.x=1</script></body></html>',
  rscData: Buffer.from(''),
  headers: { 'x-next-cache-tags': `${tag},_N_T_/zh` },
  status: 200,
})
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }

describe('the page cache handler', () => {
  it('keeps a read rendered while nothing changed', async () => {
    const cache = handler()
    const { key, tag } = names()
    expect(await cache.get(key, readContext(tag))).toBeNull()
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    expect((await cache.get(key, readContext(tag)))?.value).toMatchObject({ data: { body: 'old text' } })
  })

  it('does not keep a read that began before its tags expired (it may hold the text from before the change)', async () => {
    const cache = handler()
    const { key, tag } = names()
    expect(await cache.get(key, readContext(tag))).toBeNull()
    // An editor's change commits and expires the tag while the read is under way.
    await cache.revalidateTag([tag])
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    // The next render starts after the change (a millisecond later at least): its result is kept.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await cache.get(key, readContext(tag))).toBeNull()
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    expect(await cache.get(key, readContext(tag))).not.toBeNull()
  })

  it('expires tags at once for the REST API, which must not answer before the cache has forgotten the old text', async () => {
    const cache = handler()
    const { key, tag } = names()
    await cache.get(key, readContext(tag))
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    expect(await cache.get(key, readContext(tag))).not.toBeNull()
    // Next compares times in milliseconds: the change comes after the entry was stored.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await expireTagsNow([tag])).toBe(true)
    expect(await cache.get(key, readContext(tag))).toBeNull()
  })

  it('judges two renders of one read that finish out of order by the earlier start', async () => {
    const cache = handler()
    const { key, tag } = names()
    // Two pages read the same cached data; both find it missing before an editor's change.
    expect(await cache.get(key, readContext(tag))).toBeNull()
    expect(await cache.get(key, readContext(tag))).toBeNull()
    await cache.revalidateTag([tag])
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    expect(await cache.get(key, readContext(tag))).toBeNull()
  })

  it('does the same for a rendered page, found by the tags in its headers, and gives kept pages their script policy', async () => {
    const cache = handler()
    const stale = names()
    expect(await cache.get(stale.key, pageContext)).toBeNull()
    await cache.revalidateTag(stale.tag)
    const notKept = page(stale.tag)
    await cache.set(stale.key, notKept, { isRoutePPREnabled: false, isFallback: false })
    expect(await cache.get(stale.key, pageContext)).toBeNull()
    // Not kept, but Next still answers the requests that joined that render with it: prepared too.
    expect(notKept.html).not.toContain('<script')
    expect((notKept.headers as Record<string, string>)['content-security-policy']).toBe("script-src 'none'")

    // Another tag's expiry does not concern it.
    const fresh = names()
    expect(await cache.get(fresh.key, pageContext)).toBeNull()
    await cache.revalidateTag(stale.tag)
    await cache.set(fresh.key, page(fresh.tag), { isRoutePPREnabled: false, isFallback: false })
    const kept = await cache.get(fresh.key, pageContext)
    expect(kept?.value.headers['content-security-policy']).toBe("script-src 'none'")
  })

  it('stores a public page without Next’s browser runtime, and Next’s error shell with its scripts and their hashes', async () => {
    const cache = handler()
    const html =
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/site.css"/>' +
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
      '<link rel="modulepreload" href="/_next/static/chunks/app.js"/><link rel="preload" as="font" href="/f.woff2"/>' +
      '<script src="/_next/static/chunks/main.js" async=""></script></head><body><main>科学城</main>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<script>self.__next_f.push([1,"payload"])</script><script nomodule="" src="/polyfills.js"></script></body></html>'
    const { key, tag } = names()
    const value = { ...page(tag), html }
    await cache.set(key, value, { isRoutePPREnabled: false, isFallback: false })
    // The request that rendered it gets the same page as later ones: Next answers from this entry.
    expect(value.html).toBe(
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/site.css"/><link rel="preload" as="font" href="/f.woff2"/>' +
        '</head><body><main>科学城</main><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>',
    )
    expect((await cache.get(key, pageContext))?.value).toMatchObject({ html: value.html, headers: { 'content-security-policy': "script-src 'none'" } })

    const shell = html.replace('<html>', '<html id="__next_error__">')
    const errorShell = { ...page(names().tag), html: shell, status: 404 }
    await cache.set(`${key}-404`, errorShell, { isRoutePPREnabled: false, isFallback: false })
    expect(errorShell.html).toBe(shell)
    expect((errorShell.headers as Record<string, string>)['content-security-policy']).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/)
  })

  it('gives a page that declares itself not found status 404, and stores only the shared 404 page', async () => {
    const cache = handler()
    const { tag } = names()
    const notFound = () => ({ ...page(tag), html: '<html><head><meta name="page-status" content="404"/></head><body><h1>页面未找到</h1></body></html>' })
    const prepared = { status: 404, html: '<html><head></head><body><h1>页面未找到</h1></body></html>' }

    // A junk slug, filter or page number: answered as a 404 (Next answers from the value) but not kept.
    for (const key of ['/zh/no-such-page', '/zh/news/q/category%3Djunk', '/en/news/no-such-item']) {
      const value = notFound()
      await cache.set(key, value, { isRoutePPREnabled: false, isFallback: false })
      expect(value).toMatchObject(prepared)
      expect(await cache.get(key, pageContext), key).toBeNull()
    }
    // Next 16 keys pages of a dynamic route by the route too.
    for (const key of ['/zh/not-found', '/route-cache/APP_PAGE/0a1b2c/$/en/not-found']) {
      await cache.set(key, notFound(), { isRoutePPREnabled: false, isFallback: false })
      expect((await cache.get(key, pageContext))?.value, key).toMatchObject(prepared)
    }
    await cache.set('/route-cache/APP_PAGE/0a1b2c/$/en/no-such-page', notFound(), { isRoutePPREnabled: false, isFallback: false })
    expect(await cache.get('/route-cache/APP_PAGE/0a1b2c/$/en/no-such-page', pageContext)).toBeNull()
  })

  it('does not store a read that found nothing (a made-up slug), and stores one that found something', async () => {
    const cache = handler()
    const { key, tag } = names()
    const nothing = { ...cachedRead(tag), data: { headers: {}, body: 'null', status: 200, url: '' } }
    await cache.set(key, nothing, { fetchCache: true, tags: [tag] })
    expect(await cache.get(key, readContext(tag))).toBeNull()
    await cache.set(key, cachedRead(tag), { fetchCache: true, tags: [tag] })
    expect(await cache.get(key, readContext(tag))).not.toBeNull()
  })
})

describe('the page cache on disk stays within its bounds', () => {
  const nodeFs = (require('next/dist/server/lib/node-fs-methods.js') as { nodeFs: unknown }).nodeFs
  const saved = { ...process.env }
  afterEach(() => {
    for (const name of ['PAGE_CACHE_DIR', 'PAGE_CACHE_MAX_MB', 'PAGE_CACHE_MAX_SEARCHES', 'REDIS_URL']) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  /** A handler as `npm start` makes it without Redis: pages written to PAGE_CACHE_DIR. */
  function diskHandler(cacheDir: string, limits: { maxMb: number; maxSearches: number }) {
    Object.assign(process.env, { PAGE_CACHE_DIR: cacheDir, PAGE_CACHE_MAX_MB: String(limits.maxMb), PAGE_CACHE_MAX_SEARCHES: String(limits.maxSearches) })
    delete process.env.REDIS_URL
    return new PageCacheHandler({
      dev: false,
      flushToDisk: true,
      serverDistDir: path.join(cacheDir, 'unused'),
      revalidatedTags: [],
      maxMemoryCacheSize: 0,
      fs: nodeFs,
    })
  }
  // Where Next's getFilePath puts a page: by its path under `app`, or by its route-cache key.
  const htmlFile = (cacheDir: string, key: string) =>
    path.join(cacheDir, 'server', ...(key.startsWith('/route-cache/') ? [] : ['app']), `${key}.html`)
  const searchKey = (n: number | string) => `/route-cache/APP_PAGE/5e4f/$/zh/search/q/q%3D${n}`
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
  const store = (cache: ReturnType<typeof diskHandler>, key: string, html: string) =>
    cache.set(key, { ...page('bounded'), html: `<html><body>${html}</body></html>` }, { isRoutePPREnabled: false, isFallback: false })

  it('keeps only the newest search pages past their count, and no more bytes than allowed', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-bounds-'))
    // Next makes a handler per request: each store here comes through a new one.
    const cache = () => diskHandler(cacheDir, { maxMb: 1, maxSearches: 3 })
    for (let n = 1; n <= 5; n++) await store(cache(), searchKey(`term${n}`), `search ${n}`)
    await settle()
    const searches = [1, 2, 3, 4, 5].map((n) => fs.existsSync(htmlFile(cacheDir, searchKey(`term${n}`))))
    expect(searches).toEqual([false, false, true, true, true])
    // Other pages do not count against the searches, but against the bytes: 400 kB each in 1 MB.
    const big = 'x'.repeat(400 * 1024)
    for (let n = 1; n <= 4; n++) await store(cache(), `/zh/news/item-${n}`, big)
    await settle()
    const pages = [1, 2, 3, 4].map((n) => fs.existsSync(htmlFile(cacheDir, `/zh/news/item-${n}`)))
    expect(pages).toEqual([false, false, true, true])
    expect(fs.existsSync(htmlFile(cacheDir, searchKey('term5')))).toBe(false)
  })

  it('reads the folder once per process, not once per request (Next makes a handler per request)', () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-once-'))
    diskHandler(cacheDir, { maxMb: 100, maxSearches: 100 })
    const reads = vi.spyOn(fs, 'readdirSync')
    try {
      for (let n = 0; n < 3; n++) diskHandler(cacheDir, { maxMb: 100, maxSearches: 100 })
      expect(reads).not.toHaveBeenCalled()
    } finally {
      reads.mockRestore()
    }
  })

  it('counts what an earlier run left in the folder', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-restart-'))
    const first = diskHandler(cacheDir, { maxMb: 100, maxSearches: 100 })
    for (let n = 1; n <= 4; n++) await store(first, searchKey(`old${n}`), `old ${n}`)
    await settle()
    // The next start allows two searches: the two oldest go at once, the next store evicts one more.
    const second = diskHandler(cacheDir, { maxMb: 100, maxSearches: 2 })
    await settle()
    expect([1, 2, 3, 4].map((n) => fs.existsSync(htmlFile(cacheDir, searchKey(`old${n}`))))).toEqual([false, false, true, true])
    await store(second, '/zh/search/q/q%3Dnew', 'new')
    await settle()
    expect(fs.existsSync(htmlFile(cacheDir, searchKey('old3')))).toBe(false)
    expect(fs.existsSync(htmlFile(cacheDir, '/zh/search/q/q%3Dnew'))).toBe(true)
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { beforeEach, describe, expect, it } from 'vitest'

import { StartupError } from '@/server/errors'
import { pageCopyTtlMs } from '@/server/env'
import { PageResponseCache } from '@/server/pageResponseCache'
import { onPagesRevalidated, pagesRevalidated } from '@/server/pageRevalidation.mjs'

import { serveDuringTests } from '../helpers/httpServer'

/**
 * A real HTTP server wired like src/server/web.ts, with a stand-in for Next's handler that says
 * how it answered each path (status, x-nextjs-cache, cookies …) and counts what reached it.
 */
let handled: string[] = []
let version = 1
let holdNext = false
let release: (() => void) | undefined
const copies = new PageResponseCache({ ttlMs: 60_000, maxBytes: 1024 * 1024 })
onPagesRevalidated(() => copies.clear())

function standInForNext(request: http.IncomingMessage, response: http.ServerResponse) {
  const path = new URL(request.url!, 'http://x').pathname
  handled.push(request.url!)
  const page = `<html><body>${path} version ${version}</body></html>`
  response.setHeader('content-security-policy', "script-src 'sha256-abc'")
  response.setHeader('x-nextjs-cache', path.endsWith('/miss') ? 'MISS' : 'HIT')
  if (path.endsWith('/cookie')) response.setHeader('set-cookie', 'a=b')
  if (path.endsWith('/private')) response.setHeader('cache-control', 'private, no-cache, no-store')
  if (path.endsWith('/gone')) response.statusCode = 404
  response.setHeader('content-type', 'text/html; charset=utf-8')
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.setHeader('content-encoding', 'gzip')
    response.end(gzipSync(page))
  } else if (holdNext) {
    // Written in two parts, the second only when the test says so.
    holdNext = false
    response.write(page.slice(0, 10))
    release = () => response.end(page.slice(10))
  } else response.end(page)
}

const server = serveDuringTests((request, response) => {
  if (copies.serveOrRecord(request, response)) return
  standInForNext(request, response)
})
beforeEach(() => {
  copies.clear()
  handled = []
  version = 1
})

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.origin() + path, { headers: { 'accept-encoding': 'identity', ...headers } })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

describe('the web server’s copies of cached pages', () => {
  it('repeats a page Next served from its cache, with its status, headers and bytes, without asking Next again', async () => {
    const first = await get('/zh/news')
    version = 2
    const second = await get('/zh/news')
    expect(handled).toEqual(['/zh/news'])
    expect(second.text).toBe(first.text)
    expect(second.text).toContain('version 1')
    expect(second.headers.get('content-security-policy')).toBe("script-src 'sha256-abc'")
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.text)))
  })

  it('forgets every copy when pages are revalidated, so the next request reaches Next', async () => {
    await get('/zh/news')
    version = 2
    pagesRevalidated()
    expect((await get('/zh/news')).text).toContain('version 2')
    expect(handled).toEqual(['/zh/news', '/zh/news'])
  })

  it('does not keep an answer that was being written when pages were revalidated', async () => {
    holdNext = true
    const slow = get('/en/news')
    while (!release) await new Promise((resolve) => setTimeout(resolve, 10))
    pagesRevalidated()
    release()
    release = undefined
    await slow
    await get('/en/news')
    expect(handled).toEqual(['/en/news', '/en/news'])
  })

  it('keeps one copy per Accept-Encoding, each as it was sent', async () => {
    await get('/en')
    const gzipped = await fetch(`${server.origin()}/en`, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toContain('/en version 1')
    await fetch(`${server.origin()}/en`, { headers: { 'accept-encoding': 'gzip' } }).then((response) => response.text())
    expect(handled).toEqual(['/en', '/en'])
  })

  it('keeps nothing that is not a public page from Next’s cache', async () => {
    for (const path of ['/zh/miss', '/zh/cookie', '/zh/private', '/zh/gone', '/api/news', '/admin', '/_next/static/x.js']) {
      await get(path)
      await get(path)
    }
    expect(handled).toHaveLength(14)
  })

  it('passes by for draft mode and for the router’s own requests', async () => {
    await get('/zh/news')
    await get('/zh/news', { cookie: 'payload-token=x; __prerender_bypass=1' })
    await get('/zh/news', { rsc: '1' })
    await get('/zh/news?_rsc=abc')
    await get('/zh/news', { 'next-router-prefetch': '1' })
    await fetch(`${server.origin()}/zh/news`, { method: 'HEAD' })
    expect(handled).toHaveLength(6)
    // An editor's login cookie alone changes nothing about a public page.
    await get('/zh/news', { cookie: 'payload-token=x' })
    expect(handled).toHaveLength(6)
  })

  it('lets a copy go after its time, and keeps no more bytes than allowed', async () => {
    const short = new PageResponseCache({ ttlMs: 50, maxBytes: 100 })
    const answers: string[] = []
    const tiny = http.createServer((request, response) => {
      if (short.serveOrRecord(request, response)) return
      answers.push(request.url!)
      response.setHeader('x-nextjs-cache', 'HIT')
      response.end(request.url === '/zh/big' ? 'x'.repeat(200) : 'small')
    })
    await new Promise<void>((resolve) => tiny.listen(0, '127.0.0.1', resolve))
    const at = `http://127.0.0.1:${(tiny.address() as AddressInfo).port}`
    const read = (path: string) => fetch(at + path).then((response) => response.text())
    await read('/zh/a')
    await read('/zh/a')
    await new Promise((resolve) => setTimeout(resolve, 80))
    await read('/zh/a')
    await read('/zh/big')
    await read('/zh/big')
    expect(answers).toEqual(['/zh/a', '/zh/a', '/zh/big', '/zh/big'])
    // Copies past their time are dropped when another is stored, not kept until asked for.
    await read('/zh/b')
    await read('/zh/b')
    await new Promise((resolve) => setTimeout(resolve, 80))
    await read('/zh/c')
    await read('/zh/c')
    expect(short.size).toBe(1)
    await new Promise<void>((resolve) => tiny.close(() => resolve()))
  })
})

describe('PAGE_COPY_TTL_MS', () => {
  it('is a whole number of milliseconds, 1 s by default and 0 to turn the copies off', () => {
    const saved = process.env.PAGE_COPY_TTL_MS
    try {
      delete process.env.PAGE_COPY_TTL_MS
      expect(pageCopyTtlMs()).toBe(1000)
      process.env.PAGE_COPY_TTL_MS = '0'
      expect(pageCopyTtlMs()).toBe(0)
      for (const wrong of ['soon', '-5', '1.5']) {
        process.env.PAGE_COPY_TTL_MS = wrong
        expect(() => pageCopyTtlMs()).toThrow(StartupError)
      }
    } finally {
      if (saved === undefined) delete process.env.PAGE_COPY_TTL_MS
      else process.env.PAGE_COPY_TTL_MS = saved
    }
  })
})

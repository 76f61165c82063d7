import type http from 'node:http'

/**
 * The web server's copy of public pages that Next has just served from its page cache
 * (`x-nextjs-cache: HIT`): the same status, headers (the page's script policy included) and
 * bytes, answered without entering Next. A cache hit in Next still matches routes, loads the
 * page's module and checks tags on every request; this answers in the time of a static file.
 *
 * It never decides what is fresh: it only repeats Next's own answer, for at most `ttlMs`, and
 * forgets everything as soon as any page is revalidated in this process (publish, unpublish,
 * scheduled publish). Only pages in their cached, public form are kept: no draft mode, no RSC
 * navigation requests, no cookies set, nothing private.
 */
export class PageResponseCache {
  private entries = new Map<string, { headers: http.OutgoingHttpHeaders; body: Buffer; storedAt: number }>()
  private bytes = 0
  // Bumped by clear(): a response that started before a revalidation is not kept after it.
  private generation = 0

  constructor(private readonly settings: { ttlMs: number; maxBytes: number }) {}

  /** How many pages are kept. */
  get size() {
    return this.entries.size
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
    this.generation++
  }

  /**
   * Answers the request from a kept page (true), or lets it go on to Next (false) and keeps a copy
   * of what Next writes if it turns out to be a public page served from Next's cache. Call before
   * Next's handler: Next's compression then writes through this, so the copy holds the bytes as
   * sent for that Accept-Encoding.
   */
  serveOrRecord(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    const key = this.settings.ttlMs > 0 ? keyOf(request) : undefined
    if (key === undefined) return false
    const entry = this.entries.get(key)
    if (entry && Date.now() - entry.storedAt <= this.settings.ttlMs) {
      this.serve(entry, response)
      return true
    }
    if (entry) this.forget(key)
    this.record(key, response)
    return false
  }

  private serve(entry: { headers: http.OutgoingHttpHeaders; body: Buffer }, response: http.ServerResponse) {
    response.statusCode = 200
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) response.setHeader(name, value)
    response.setHeader('content-length', entry.body.length)
    response.end(entry.body)
  }

  private record(key: string, response: http.ServerResponse) {
    const generation = this.generation
    const chunks: Buffer[] = []
    const keep = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
    }
    const { write, end } = response
    response.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0])
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    } as typeof response.write
    response.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (typeof chunk !== 'function') keep(chunk, rest[0])
      return (end as (...args: unknown[]) => http.ServerResponse).call(this, chunk, ...rest)
    } as typeof response.end
    response.once('finish', () => {
      if (generation !== this.generation || !isPublicCachedPage(response)) return
      const headers = response.getHeaders()
      delete headers['content-length']
      delete headers['transfer-encoding']
      delete headers.connection
      this.store(key, { headers, body: Buffer.concat(chunks), storedAt: Date.now() })
    })
  }

  private store(key: string, entry: { headers: http.OutgoingHttpHeaders; body: Buffer; storedAt: number }) {
    this.forget(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    // The oldest go first (a Map keeps insertion order, here the order of storing): those past
    // their time, and more while the copies take more than their share of memory.
    for (const [oldest, { storedAt }] of this.entries) {
      if (this.bytes <= this.settings.maxBytes && entry.storedAt - storedAt <= this.settings.ttlMs) break
      this.forget(oldest)
    }
  }

  private forget(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.body.length
    this.entries.delete(key)
  }
}

/** A path of the public site's pages (`/zh…`, `/en…`), query or not. */
export const isPublicPagePath = (url: string) => /^\/(?:zh|en)(?:[/?]|$)/.test(url)

const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action']
const DRAFT_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

/** Plain page requests of the public site (`/zh…`, `/en…`), keyed by URL and Accept-Encoding; undefined for the rest. */
function keyOf(request: http.IncomingMessage): string | undefined {
  const { method, url = '', headers } = request
  if (method !== 'GET' || !isPublicPagePath(url) || url.includes('_rsc=')) return undefined
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined) || headers.range || headers['if-none-match']) return undefined
  if (DRAFT_COOKIE.test(headers.cookie ?? '')) return undefined
  return `${headers['accept-encoding'] ?? ''}\n${url}`
}

function isPublicCachedPage(response: http.ServerResponse): boolean {
  const cacheControl = String(response.getHeader('cache-control') ?? '')
  return (
    response.statusCode === 200 &&
    response.getHeader('x-nextjs-cache') === 'HIT' &&
    response.getHeader('set-cookie') === undefined &&
    !/\b(?:private|no-store)\b/.test(cacheControl)
  )
}

import { createRequire } from 'node:module'
import path from 'node:path'

import { pageScriptPolicy } from './contentSecurityPolicy.mjs'
import { pagesRevalidated } from './pageRevalidation.mjs'
import { buildIdOf, SharedPageCache } from './sharedPageCache.mjs'

const require = createRequire(import.meta.url)
// Next's own file-system cache, extended rather than replaced: without Redis, same storage and
// revalidation as Next's default.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const CSP_HEADER = 'content-security-policy'
const DEFAULT_REDIS_PREFIX = 'science-city:'

/**
 * Adds each cached page's script policy (see contentSecurityPolicy.mjs) to the headers stored with
 * it. Next sends stored headers with the page, on the request that rendered it (`set` runs before
 * that response goes out and shares its header object) and on every cache hit, including pages
 * prerendered at build time (`get`). The hashes are computed once per stored page.
 *
 * With REDIS_URL, pages and tag expiries are kept in Redis for every instance (sharedPageCache.mjs);
 * the local disk then only provides what `next build` prerendered. `next build` itself always
 * uses the disk: its output belongs to the build, not to the running site.
 */
export default class PageCacheHandler extends FileSystemCache {
  constructor(context) {
    // PAGE_CACHE_DIR keeps rendered pages and cached reads out of the build folder, e.g. one cache
    // per database when one build serves several (the benchmarks). Pages then render on first request.
    const cacheDir = process.env.PAGE_CACHE_DIR
    super(cacheDir ? { ...context, serverDistDir: path.resolve(cacheDir, 'server') } : context)
    // Development serves scripts Next evaluates itself (hot reload); the policy is for production.
    this.withScriptPolicy = !context.dev
    const url = process.env.REDIS_URL
    if (url && process.env.NEXT_PHASE !== 'phase-production-build') {
      const prefix = process.env.REDIS_KEY_PREFIX || DEFAULT_REDIS_PREFIX
      this.shared = new SharedPageCache({ url, prefix, buildId: buildIdOf(context.serverDistDir) })
    }
  }

  async get(key, context) {
    const entry = this.shared ? await this.shared.get(key, context, () => super.get(key, context)) : await super.get(key, context)
    if (entry?.value) this.addScriptPolicy(entry.value)
    return entry
  }

  async set(key, value, context) {
    if (value) this.addScriptPolicy(value)
    return this.shared ? this.shared.set(key, value, context) : super.set(key, value, context)
  }

  async revalidateTag(tags, durations) {
    await (this.shared ? this.shared.revalidateTag(tags) : super.revalidateTag(tags, durations))
    // The web server's copies of rendered pages (pageResponseCache.ts) go too.
    pagesRevalidated()
  }

  addScriptPolicy(value) {
    if (!this.withScriptPolicy || value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return
    value.headers ??= {}
    if (!value.headers[CSP_HEADER]) value.headers[CSP_HEADER] = pageScriptPolicy(value.html)
  }
}

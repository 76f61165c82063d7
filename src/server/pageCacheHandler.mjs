import { createRequire } from 'node:module'

import { pageScriptPolicy } from './contentSecurityPolicy.mjs'

const require = createRequire(import.meta.url)
// Next's own file-system cache, extended rather than replaced: same storage, same revalidation.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const CSP_HEADER = 'content-security-policy'

/**
 * Adds each cached page's script policy (see contentSecurityPolicy.mjs) to the headers stored with
 * it. Next sends stored headers with the page, on the request that rendered it (`set` runs before
 * that response goes out and shares its header object) and on every cache hit, including pages
 * prerendered at build time (`get`). The hashes are computed once per stored page.
 */
export default class PageCacheHandler extends FileSystemCache {
  constructor(context) {
    super(context)
    // Development serves scripts Next evaluates itself (hot reload); the policy is for production.
    this.withScriptPolicy = !context.dev
  }

  async get(key, context) {
    const entry = await super.get(key, context)
    if (entry?.value) this.addScriptPolicy(entry.value)
    return entry
  }

  async set(key, value, context) {
    if (value) this.addScriptPolicy(value)
    return super.set(key, value, context)
  }

  addScriptPolicy(value) {
    if (!this.withScriptPolicy || value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return
    value.headers ??= {}
    if (!value.headers[CSP_HEADER]) value.headers[CSP_HEADER] = pageScriptPolicy(value.html)
  }
}

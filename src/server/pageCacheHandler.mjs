import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { pageScriptPolicy } from './contentSecurityPolicy.mjs'
import { budgetFromEnvironment, entryBytes, entryFiles, existingEntries, PageCacheBudget } from './pageCacheBudget.mjs'
import { pagesRevalidated, setTagExpirer } from './pageRevalidation.mjs'
import { servedWithoutRuntime, withoutRuntime } from './pageRuntime.mjs'
import { declaredStatus, isStorable } from './pageStatus.mjs'
import { buildIdOf, DEFAULT_REDIS_PREFIX, SharedPageCache } from './sharedPageCache.mjs'

const require = createRequire(import.meta.url)
// Next's own file-system cache, extended rather than replaced: without Redis, same storage and
// revalidation as Next's default.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const CSP_HEADER = 'content-security-policy'
const CACHE_TAGS_HEADER = 'x-next-cache-tags'
// A render whose key has been missing longer than this is forgotten (it failed or was abandoned).
const RENDER_MEMORY_MS = 60_000

/**
 * Prepares each cached page once, when it is stored (`set`) or first read from a build's
 * prerendered files (`get`): gives it the status its HTML declares (pageStatus.mjs), takes out
 * Next's browser runtime where the page does not need it (pageRuntime.mjs) and adds the page's
 * script policy (contentSecurityPolicy.mjs) to the headers
 * stored with it. Next sends the stored HTML and headers on the request that rendered the page
 * (`set` runs before that response goes out and shares the entry with it) and on every cache hit.
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
    setTagExpirer((tags) => this.revalidateTag(tags, { expire: 0 }))
    // Development serves scripts Next evaluates itself (hot reload): its pages stay as rendered.
    this.productionPages = !context.dev
    const url = process.env.REDIS_URL
    if (url && process.env.NEXT_PHASE !== 'phase-production-build') {
      const prefix = process.env.REDIS_KEY_PREFIX || DEFAULT_REDIS_PREFIX
      this.shared = new SharedPageCache({ url, prefix, buildId: buildIdOf(context.serverDistDir) })
    }
    // On disk, pages and reads are kept within bounds (pageCacheBudget.mjs); Redis bounds its own
    // memory (docs/scaling.md). Next makes a handler per request: a budget lives as long as the
    // process (one per folder and bounds), and what an earlier run left in the folder is counted
    // once, by the first handler.
    if (this.flushToDisk && !this.shared && this.productionPages) {
      const bounds = budgetFromEnvironment()
      const folder = path.resolve(cacheDir ?? context.serverDistDir)
      const name = `${folder} ${bounds.maxBytes} ${bounds.maxSearches}`
      this.budget = budgets.get(name)
      if (!this.budget) {
        this.budget = new PageCacheBudget(bounds)
        budgets.set(name, this.budget)
        if (cacheDir) for (const { kind, key, bytes } of existingEntries(folder)) this.keepWithinBudget(kind, key, bytes)
      }
    }
  }

  async get(key, context) {
    const entry = this.shared ? await this.shared.get(key, context, () => super.get(key, context)) : await super.get(key, context)
    if (entry?.value) this.preparePage(entry.value)
    // Not cached: Next renders the page (or runs the read) now, and stores it with set().
    else missingSince.set(key, [...(missingSince.get(key) ?? []), Date.now()])
    return entry
  }

  async set(key, value, context) {
    // Several renders of one key can run at once (one cached read shared by several pages), and
    // need not finish in the order they started: each stored result is judged by the earliest
    // start still outstanding, so none is judged younger than it may be.
    const starts = missingSince.get(key)
    const renderedSince = starts?.shift()
    if (starts?.length === 0) missingSince.delete(key)
    forgetAbandonedRenders()
    // Prepared first: Next answers the requests that joined this render with it, stored or not.
    if (value) this.preparePage(value)
    // Next stamps an entry with the time it is stored, not the time its render read the database:
    // a render that read a document before an editor's change committed, and finished after the
    // change expired its tags, would be kept as new and show the old text until the next change.
    // Such an entry is not kept; the next request renders again.
    if (value && renderedSince !== undefined && expiredSince(tagsOf(value, context), renderedSince)) return
    if (!isStorable(key, value)) return
    if (this.shared) return this.shared.set(key, value, context)
    await super.set(key, value, context)
    if (value && (value.kind === 'APP_PAGE' || value.kind === 'FETCH')) this.keepWithinBudget(value.kind, key, entryBytes(value))
  }

  /** Records a stored entry and deletes the oldest ones past the bounds (from memory and disk). */
  keepWithinBudget(kind, key, bytes) {
    for (const old of this.budget?.stored(kind, key, bytes) ?? []) {
      FileSystemCache.memoryCache?.remove(old.key)
      for (const file of entryFiles(old.kind, this.getFilePath(old.key, old.kind))) {
        fs.rm(file, { recursive: true, force: true }, () => undefined)
      }
    }
  }

  async revalidateTag(tags, durations) {
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) tagExpiredAt.set(tag, now)
    await (this.shared ? this.shared.revalidateTag(tags) : super.revalidateTag(tags, durations))
    // The web server's copies of rendered pages (pageResponseCache.ts) go too.
    pagesRevalidated()
  }

  preparePage(value) {
    if (!this.productionPages || value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return
    value.headers ??= {}
    // The policy marks a page as prepared (it travels with the page through Redis too).
    if (value.headers[CSP_HEADER]) return
    const declared = declaredStatus(value.html)
    if (declared) Object.assign(value, declared)
    if (servedWithoutRuntime(value)) value.html = withoutRuntime(value.html)
    value.headers[CSP_HEADER] = pageScriptPolicy(value.html)
  }
}

// Shared by every instance of the handler in this process: when each tag last expired here, when
// each key was found missing by renders not yet stored (oldest first; each started no earlier),
// and what is stored on disk.
const tagExpiredAt = new Map()
const missingSince = new Map()
const budgets = new Map()

/** A stored page's tags (kept in its headers), or a cached read's. */
function tagsOf(value, context) {
  const header = value.headers?.[CACHE_TAGS_HEADER]
  if (typeof header === 'string') return header.split(',')
  return [...(context?.tags ?? []), ...(value.tags ?? [])]
}

function expiredSince(tags, since) {
  return tags.some((tag) => (tagExpiredAt.get(tag) ?? 0) >= since)
}

function forgetAbandonedRenders() {
  const before = Date.now() - RENDER_MEMORY_MS
  for (const [key, starts] of missingSince) {
    while (starts.length > 0 && starts[0] < before) starts.shift()
    if (starts.length === 0) missingSince.delete(key)
  }
}


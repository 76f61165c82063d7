/**
 * Keeps the page cache on disk within bounds, so that no stream of distinct URLs fills the disk:
 * at most PAGE_CACHE_MAX_MB (default 512) of stored pages and cached reads, and at most
 * PAGE_CACHE_MAX_SEARCHES (default 2,000) stored search pages. Past either bound the entries
 * stored longest ago are deleted; they render again when next asked for. Only entries go: the tag
 * expiries (Next's tags manifest) are never touched, so an expired page cannot come back.
 * Plain JavaScript: the page cache handler loads it.
 */
import fs from 'node:fs'
import path from 'node:path'

// A page's key is its path, or `/route-cache/APP_PAGE/<route hash>/$` and its path (Next 16).
const SEARCH_KEY = /(^|\/\$)\/[a-z]{2}\/search\/q\//

function bound(name, fallback) {
  const value = process.env[name]
  if (!value) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number above 0, not "${value}".`)
  return number
}

export function budgetFromEnvironment() {
  return { maxBytes: bound('PAGE_CACHE_MAX_MB', 512) * 1024 * 1024, maxSearches: bound('PAGE_CACHE_MAX_SEARCHES', 2_000) }
}

/** Which entries are stored and how large they are, oldest first; says which to delete. */
export class PageCacheBudget {
  constructor({ maxBytes, maxSearches }) {
    this.maxBytes = maxBytes
    this.maxSearches = maxSearches
    // id (`<kind> <key>`) → { kind, key, bytes }, in the order stored (a new store moves it last).
    this.entries = new Map()
    this.searches = new Map()
    this.bytes = 0
  }

  /** Records an entry just stored; returns the entries to delete to stay within the bounds. */
  stored(kind, key, bytes) {
    const id = `${kind} ${key}`
    this.forget(id)
    const entry = { kind, key, bytes }
    this.entries.set(id, entry)
    this.bytes += bytes
    if (kind === 'APP_PAGE' && SEARCH_KEY.test(key)) this.searches.set(id, entry)
    const evicted = []
    const evict = (oldestId) => {
      evicted.push(this.entries.get(oldestId))
      this.forget(oldestId)
    }
    while (this.searches.size > this.maxSearches) evict(this.searches.keys().next().value)
    // The entry just stored stays, even alone past the bound: it is what the visitor asked for.
    while (this.bytes > this.maxBytes && this.entries.size > 1) evict(this.entries.keys().next().value)
    return evicted
  }

  forget(id) {
    const entry = this.entries.get(id)
    if (!entry) return
    this.entries.delete(id)
    this.searches.delete(id)
    this.bytes -= entry.bytes
  }
}

/** The bytes an entry takes on disk, near enough: its HTML, RSC payload and segments, or its JSON. */
export function entryBytes(value) {
  if (value.kind === 'APP_PAGE') {
    let bytes = Buffer.byteLength(value.html ?? '') + (value.rscData?.length ?? 0)
    for (const [, segment] of value.segmentData ?? []) bytes += segment.length
    return bytes
  }
  return Buffer.byteLength(JSON.stringify(value))
}

/** The files of one stored entry: a page's `.html`, `.rsc`, `.meta` and `.segments`, or a read's one file. */
export function entryFiles(kind, base) {
  return kind === 'APP_PAGE' ? ['.html', '.rsc', '.meta', '.segments'].map((suffix) => `${base}${suffix}`) : [base]
}

/**
 * The entries a page cache folder already holds (from an earlier run), oldest first: pages by
 * their `.meta` file under `server`, cached reads under `cache/fetch-cache`.
 */
export function existingEntries(cacheDir) {
  const found = []
  const walk = (dir, visit) => {
    let names
    try {
      names = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of names) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!entry.name.endsWith('.segments')) walk(full, visit)
      } else visit(full, entry.name)
    }
  }
  const sizeOf = (file) => {
    try {
      return fs.statSync(file)
    } catch {
      return undefined
    }
  }
  // Pages are under `server/app/<path>` or `server/route-cache/…` (Next's getFilePath).
  const serverDir = path.join(cacheDir, 'server')
  walk(serverDir, (file, name) => {
    if (!name.endsWith('.meta')) return
    const base = file.slice(0, -'.meta'.length)
    const html = sizeOf(`${base}.html`)
    if (!html) return
    const relative = path.relative(serverDir, base).split(path.sep).join('/')
    const key = `/${relative.startsWith('app/') ? relative.slice('app/'.length) : relative}`
    found.push({ kind: 'APP_PAGE', key, bytes: html.size + (sizeOf(`${base}.rsc`)?.size ?? 0), at: html.mtimeMs })
  })
  const fetchDir = path.join(cacheDir, 'cache', 'fetch-cache')
  walk(fetchDir, (file) => {
    const stat = sizeOf(file)
    if (stat) found.push({ kind: 'FETCH', key: path.relative(fetchDir, file), bytes: stat.size, at: stat.mtimeMs })
  })
  return found.sort((a, b) => a.at - b.at)
}

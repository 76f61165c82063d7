import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'

import { createClient, RESP_TYPES } from '@redis/client'

/**
 * The page cache in Redis, shared by every instance of the portal (REDIS_URL; docs/scaling.md).
 * pageCacheHandler.mjs uses it instead of the local disk, so a page rendered on one instance is
 * served by all, and a tag expired on one (a publish) expires its pages on all.
 *
 * - `<prefix><build id>:page:<key>`: a hash of `entry` (the value Next stored, v8-serialized) and
 *   `lastModified`. The build id keeps another build's pages, which load other script files,
 *   from being served; entries lapse after a day unless stored again.
 * - `<prefix>tags`: one field per cache tag, the time it was last expired. Shared by all builds,
 *   so a publish during a rolling update reaches both. Never given a lifetime: evicting it would
 *   bring expired pages back (Redis must evict with `volatile-*`, or not at all).
 *
 * Both times are Redis' clock, so the instances' clocks never need to agree. An entry is expired
 * by any of its tags expired after it was stored (or in the same millisecond). Every expiry takes effect at once: the portal
 * only expires tags that way (`revalidateTag(tag, { expire: 0 })`).
 */

export const CACHE_TAGS_HEADER = 'x-next-cache-tags'
/** REDIS_KEY_PREFIX's default: every key the portal keeps in Redis starts with it. */
export const DEFAULT_REDIS_PREFIX = 'science-city:'
const ENTRY_LIFETIME_MS = 24 * 60 * 60 * 1000
const COMMAND_TIMEOUT_MS = 1_000

// Redis' time in milliseconds, as a string with no rounding.
const NOW = "local time = redis.call('TIME') local now = time[1] .. string.format('%03d', math.floor(time[2] / 1000))"
const STORE_ENTRY = `${NOW}
redis.call('HSET', KEYS[1], 'lastModified', now, 'entry', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])`
const EXPIRE_TAGS = `${NOW}
for _, tag in ipairs(ARGV) do redis.call('HSET', KEYS[1], tag, now) end`

/** The tags an entry depends on: a page's are stored in its headers, a cached read's come with the lookup. */
export function tagsOf(value, context) {
  if (value.kind === 'FETCH') return [...(context.tags ?? []), ...(context.softTags ?? [])]
  const header = value.headers?.[CACHE_TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

/**
 * Whether a tag was expired after the entry was stored (times as Redis returns them, or null). In
 * the same millisecond, which came first is unknown: the entry counts as expired, which costs at
 * most one more render, where the other way it could be an old page kept as new.
 */
export function isExpiredByTags(tagExpiries, lastModified) {
  return tagExpiries.some((expiredAt) => expiredAt != null && Number(String(expiredAt)) >= lastModified)
}

/** The key names of one build under one prefix. */
export function redisKeys(prefix, buildId) {
  return { entry: (key) => `${prefix}${buildId}:page:${key}`, tags: `${prefix}tags` }
}

/** The build being served: `.next/BUILD_ID` beside the handler's `.next/server`. */
export function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'development'
  }
}

/**
 * A Redis client whose commands fail at once while Redis is unreachable instead of waiting for it,
 * and after `timeoutMs` when it hangs; it keeps reconnecting. `opened` settles when the connection
 * is open or after `timeoutMs`, whichever is first: only the first commands wait for it. A failure
 * is reported by the client's error event.
 * @param {string} url
 * @param {{ timeoutMs: number, typeMapping?: Record<number, unknown> }} options
 */
export function openRedis(url, { timeoutMs, typeMapping }) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
    commandOptions: { timeout: timeoutMs, ...(typeMapping && { typeMapping }) },
  })
  const connected = client.connect().then(
    () => {},
    () => {},
  )
  const opened = Promise.race([connected, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
  return { client, opened }
}

const clients = new Map()

/** One connection per process and URL: Next creates a cache handler for every request. */
function connectionTo(url) {
  const existing = clients.get(url)
  if (existing) return existing
  const connection = openRedis(url, { timeoutMs: COMMAND_TIMEOUT_MS, typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } })
  const { client } = connection
  let reported = false
  client.on('error', (error) => {
    // Once per outage: reconnection attempts would repeat it every few seconds.
    if (!reported) console.error(`Page cache: Redis is unreachable (${error.message}); pages render on every request until it is back.`)
    reported = true
  })
  client.on('ready', () => (reported = false))
  clients.set(url, connection)
  return connection
}

export class SharedPageCache {
  /** @param {{ url: string, prefix: string, buildId: string }} options */
  constructor({ url, prefix, buildId }) {
    const { client, opened } = connectionTo(url)
    this.client = client
    this.opened = opened
    this.keys = redisKeys(prefix, buildId)
  }

  /**
   * The entry for a key, or null when there is none or a tag expired it. `readLocal` finds what
   * Redis does not have in the local `.next`: what `next build` prerendered (the same on every
   * instance), and whatever an earlier run without Redis left there. When Redis cannot answer,
   * nothing is served from the cache: it might be stale.
   */
  async get(key, context, readLocal) {
    try {
      await this.opened
      const [lastModified, stored] = await this.client.hmGet(this.keys.entry(key), ['lastModified', 'entry'])
      const entry = stored ? { ...v8.deserialize(stored), lastModified: Number(String(lastModified)) } : await readLocal()
      if (!entry?.value) return entry ?? null
      const tags = tagsOf(entry.value, context)
      if (tags.length === 0) return entry
      return isExpiredByTags(await this.client.hmGet(this.keys.tags, tags), entry.lastModified) ? null : entry
    } catch (error) {
      if (this.client.isReady) console.error(`Page cache: could not read ${key} from Redis:`, error)
      return null
    }
  }

  async set(key, value, context) {
    const entry = v8.serialize({ value, cacheControl: context.fetchCache ? undefined : context.cacheControl })
    try {
      await this.opened
      await this.client.eval(STORE_ENTRY, { keys: [this.keys.entry(key)], arguments: [entry, String(ENTRY_LIFETIME_MS)] })
    } catch (error) {
      if (this.client.isReady) console.error(`Page cache: could not store ${key} in Redis:`, error)
    }
  }

  /** Expires the tags for every instance. A failure is always reported: those pages stay stale. */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    try {
      await this.opened
      await this.client.eval(EXPIRE_TAGS, { keys: [this.keys.tags], arguments: list })
    } catch (error) {
      console.error(`Page cache: could not expire ${list.join(', ')} in Redis; pages showing them may stay stale:`, error)
    }
  }
}

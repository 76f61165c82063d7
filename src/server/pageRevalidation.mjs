/**
 * Tells the web server (web.ts) that cached pages were revalidated. Next loads the page cache
 * handler with require() and web.ts runs as a bundle of its own (scripts/serve.ts), so each gets
 * its own copy of this module: the listeners live on globalThis, which both share.
 */
const LISTENERS = Symbol.for('science-city.page-revalidation-listeners')

/** @param {() => void} listener */
export function onPagesRevalidated(listener) {
  ;(globalThis[LISTENERS] ??= new Set()).add(listener)
}

export function pagesRevalidated() {
  for (const listener of globalThis[LISTENERS] ?? []) listener()
}

const EXPIRE_TAGS = Symbol.for('science-city.expire-tags')

/** Registered by the page cache handler: expires tags in the cache itself. */
export function setTagExpirer(expire) {
  globalThis[EXPIRE_TAGS] = expire
}

/**
 * Expires tags in the page cache before it returns. Next's revalidateTag() in a route handler
 * only takes effect once the response has been sent, so an editor who reads the page right after
 * saving could still get the old one. False when no page cache handler runs in this process.
 * @param {string[]} tags
 */
export async function expireTagsNow(tags) {
  const expire = globalThis[EXPIRE_TAGS]
  if (!expire) return false
  await expire(tags)
  return true
}

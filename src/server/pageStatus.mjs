/**
 * A cached page can declare its HTTP status in its own HTML. Next 16 sends the content of
 * `notFound()` only in the RSC payload of a bare `<html id="__next_error__">` shell, so a 404 page
 * is blank without JavaScript (vercel/next.js#62228). The portal's pages render the not-found view
 * themselves instead (NotFoundView.tsx), with a `<meta name="page-status" content="404">` that the
 * page cache handler turns into the stored page's status and takes out of the HTML. Next answers
 * with a stored page's status, on the request that rendered it too. Plain JavaScript: the page
 * cache handler loads it.
 */
export const PAGE_STATUS_META = 'page-status'

/**
 * The one 404 page that is cached (per locale): src/proxy.ts rewrites paths no page could have to
 * it. Any other 404 is rendered per request and never stored, so junk URLs add nothing to the cache.
 */
export const SHARED_NOT_FOUND_SLUG = 'not-found'
// Next 16 keys a page by its path, or by `/route-cache/APP_PAGE/<route hash>/$` and its path.
const sharedNotFoundKey = new RegExp(`(^|/\\$)/[a-z]{2}/${SHARED_NOT_FOUND_SLUG}$`)

/**
 * Whether an entry may be stored: a page unless it is a 404 other than the shared one, a cached
 * read unless it found nothing (a made-up slug: stored, each would add an entry of its own; not
 * stored, it costs one indexed lookup per request).
 */
export function isStorable(key, value) {
  if (value?.kind === 'FETCH') return value.data?.body !== 'null'
  return value?.kind !== 'APP_PAGE' || value.status !== 404 || sharedNotFoundKey.test(key)
}

const declaration = new RegExp(`<meta name="${PAGE_STATUS_META}" content="(4\\d\\d)"\\s*/?>`)

/** The status a page declares, and its HTML without the declaration; undefined when it declares none. */
export function declaredStatus(html) {
  const found = declaration.exec(html)
  if (!found) return undefined
  return { status: Number(found[1]), html: html.replace(found[0], '') }
}

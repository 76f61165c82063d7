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

const declaration = new RegExp(`<meta name="${PAGE_STATUS_META}" content="(4\\d\\d)"\\s*/?>`)

/** The status a page declares, and its HTML without the declaration; undefined when it declares none. */
export function declaredStatus(html) {
  const found = declaration.exec(html)
  if (!found) return undefined
  return { status: Number(found[1]), html: html.replace(found[0], '') }
}

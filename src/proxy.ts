import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { routing } from './i18n/routing'
import { canonicalListQuery, type ListSection } from './lib/listQuery'
import { canonicalSearchQuery, MAX_CACHED_QUERY_LENGTH } from './lib/searchQuery'
import { SHARED_NOT_FOUND_SLUG } from './server/pageStatus.mjs'

const negotiateLocale = createMiddleware(routing)
const queryPath = /^\/(zh|en)\/(news|projects|policies|search)$/
const prefixed = /^\/(zh|en)\//

/**
 * Three jobs, each on as few paths as possible so cached pages pay nothing:
 * - paths without a locale prefix get one (cookie, then Accept-Language, then zh);
 * - a list or a search with a query (`/zh/news?category=x&page=2`, `/zh/search?q=…`) is rewritten
 *   to a path that carries the canonical query (`/zh/news/q/category%3Dx%26page%3D2`), which Next
 *   caches like any page, so filtered lists and repeated searches are served from the cache too.
 *   The visitor's URL does not change;
 * - a prefixed path that no page could have (a malformed slug, too deep, too long) is answered
 *   by one shared 404 page, so junk URLs cannot each add an entry to the page cache.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const list = queryPath.exec(pathname)
  if (!list) {
    const locale = prefixed.exec(pathname)?.[1]
    if (!locale) return negotiateLocale(request)
    const notFound = request.nextUrl.clone()
    notFound.pathname = `/${locale}/${SHARED_NOT_FOUND_SLUG}`
    notFound.search = ''
    return NextResponse.rewrite(notFound)
  }
  if (!request.nextUrl.search) return NextResponse.next()
  const [, locale, section] = list
  const { searchParams } = request.nextUrl
  const query =
    section === 'search' ? canonicalSearchQuery(searchParams) : canonicalListQuery(section as ListSection, searchParams)
  const target = request.nextUrl.clone()
  target.search = ''
  const cached = section !== 'search' || query.length <= MAX_CACHED_QUERY_LENGTH
  target.pathname = query
    ? `/${locale}/${section}/${cached ? 'q' : 'long'}/${encodeURIComponent(query)}`
    : `/${locale}/${section}`
  return cached ? NextResponse.rewrite(target) : rewriteWithNonce(request, target)
}

/**
 * A page rendered per request (a search too long to cache) gets a script policy with a nonce
 * instead of the hashes a cached page gets (src/server/pageCacheHandler.mjs): when the request
 * carries the policy, Next puts the nonce on each script it renders.
 */
function rewriteWithNonce(request: NextRequest, target: URL) {
  const policy = `script-src 'self' 'nonce-${btoa(crypto.randomUUID())}'`
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.rewrite(target, { request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}


export const config = {
  matcher: [
    // Unprefixed paths, except Payload, preview, the switch route, Next's own files and files by
    // extension (a dot elsewhere in a path is not a file: such paths get a locale like any other).
    '/((?!api|admin|preview(?:/|$)|locale-switch(?:/|$)|_next|_vercel|(?:zh|en)(?:/|$)|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|js|css|map|json|woff2?)$).*)',
    '/(zh|en)/(news|projects|policies|search)',
    // Prefixed paths that are not /{locale}/{slug}, /{locale}/{section}/{slug} or the news feed.
    '/(zh|en)/((?!(?:[a-z0-9-]+|(?:news|projects|policies)/[a-z0-9-]+|news/feed\\.xml)$).+)',
  ],
}

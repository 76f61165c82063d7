import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { routing } from './i18n/routing'
import { canonicalListQuery, type ListSection } from './lib/listQuery'

const negotiateLocale = createMiddleware(routing)
const listPath = /^\/(zh|en)\/(news|projects|policies)$/

/**
 * Two jobs, each on as few paths as possible so cached pages pay nothing:
 * - paths without a locale prefix get one (cookie, then Accept-Language, then zh);
 * - a list with a query (`/zh/news?category=x&page=2`) is rewritten to a path that carries the
 *   canonical query (`/zh/news/q/category%3Dx%26page%3D2`), which Next caches like any page, so
 *   filtered lists are served from the cache too. The visitor's URL does not change.
 */
export default function proxy(request: NextRequest) {
  const list = listPath.exec(request.nextUrl.pathname)
  if (!list) return negotiateLocale(request)
  if (!request.nextUrl.search) return NextResponse.next()
  const [, locale, section] = list
  const query = canonicalListQuery(section as ListSection, request.nextUrl.searchParams)
  const target = request.nextUrl.clone()
  target.search = ''
  target.pathname = query ? `/${locale}/${section}/q/${encodeURIComponent(query)}` : `/${locale}/${section}`
  return NextResponse.rewrite(target)
}

export const config = {
  matcher: [
    '/((?!api|admin|preview(?:/|$)|locale-switch(?:/|$)|_next|_vercel|(?:zh|en)(?:/|$)|.*\\..*).*)',
    '/(zh|en)/(news|projects|policies)',
  ],
}

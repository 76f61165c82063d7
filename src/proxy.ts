import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

// Only paths without a locale prefix need the proxy (to pick a locale from the cookie or
// Accept-Language); keeping it off /zh/... and /en/... keeps cached pages cheap.
export const config = {
  matcher: ['/((?!api|admin|preview(?:/|$)|_next|_vercel|(?:zh|en)(?:/|$)|.*\\..*).*)'],
}

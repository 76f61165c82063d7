import { defaultLocale, isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

/**
 * The language switcher's target before JavaScript runs (and on cached pages, which are the same
 * for every query): the same page, filters included, in the other language. The page comes from
 * the Referer when it is this site, otherwise from `from`; the choice is remembered for `/`.
 */
export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams
  const to = params.get('to')
  const locale = isLocale(to) ? to : defaultLocale
  const referer = URL.parse(request.headers.get('referer') ?? '')
  // Compared by Host: behind a proxy, or on 127.0.0.1 vs localhost, the request URL's origin may differ.
  const fromReferer = referer && referer.host === request.headers.get('host')
  const source = fromReferer ? referer : new URL(params.get('from') ?? '/', 'http://site.invalid')
  const [, first, ...rest] = source.pathname.split('/')
  const path = (isLocale(first) ? rest : [first, ...rest]).filter(Boolean).join('/')
  // A relative Location: only ever a path on this site.
  return new Response(null, {
    status: 303,
    headers: {
      location: `/${locale}${path ? `/${path}` : ''}${source.search}`,
      'set-cookie': `NEXT_LOCALE=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`,
      'cache-control': 'no-store',
    },
  })
}

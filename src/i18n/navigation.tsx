import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import type { Locale } from './locales'

/**
 * A site path in a locale: every path has the locale prefix (`localePrefix: 'always'` in
 * routing.ts), and `/` is the bare prefix, as next-intl writes it. Not next-intl's createNavigation:
 * its module brings next-intl's client Link, and with it next/link, into the pages' scripts.
 */
export function getPathname({ href, locale }: { href: string; locale: Locale }): string {
  return `/${locale}${/^\/(\?.*)?$/.test(href) ? href.slice(1) : href}`
}

/**
 * A link to a site path in the current locale, a plain `<a>` rendered on the server. Not a client
 * Link: these pages are cached HTML that work without JavaScript, and client navigation would
 * cost every page next/link's code and Next's prefetching.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: string }) {
  const locale = await getLocale()
  return <a href={getPathname({ href, locale })} {...props} />
}

'use client'

import { useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { Link, usePathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

type Props = { targetLocale: Locale; label: string; lang: string; ariaLabel: string }

function SwitchLink({ targetLocale, label, lang, ariaLabel, query }: Props & { query?: Record<string, string> }) {
  const pathname = usePathname()
  return (
    <Link
      href={{ pathname, query }}
      locale={targetLocale}
      lang={lang}
      hrefLang={lang}
      aria-label={`${ariaLabel}: ${label}`}
      className="locale-switcher"
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${targetLocale}; path=/; max-age=31536000; samesite=lax`
      }}
    >
      {label}
    </Link>
  )
}

function SwitchLinkWithQuery(props: Props) {
  const query = Object.fromEntries(useSearchParams())
  return <SwitchLink {...props} query={query} />
}

/**
 * A link to the same page in the other language, filters and page number included; it remembers
 * the choice for the `/` redirect. Cached pages have no query, so they render the plain link.
 */
export function LocaleSwitcher(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  )
}

'use client'

import { useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { Link, usePathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

type Props = { targetLocale: Locale; label: string; lang: string; ariaLabel: string }

function SwitchLink({ targetLocale, label, lang, ariaLabel, query }: Props & { query: Record<string, string> }) {
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

/** Before the query is known (cached pages, no JavaScript): the server finds the page from the Referer. */
function SwitchLinkWithoutScript({ targetLocale, label, lang, ariaLabel }: Props) {
  const pathname = usePathname()
  const href = `/locale-switch?${new URLSearchParams({ to: targetLocale, from: pathname })}`
  return (
    <a href={href} lang={lang} hrefLang={lang} aria-label={`${ariaLabel}: ${label}`} className="locale-switcher">
      {label}
    </a>
  )
}

function SwitchLinkWithQuery(props: Props) {
  const query = Object.fromEntries(useSearchParams())
  return <SwitchLink {...props} query={query} />
}

/**
 * A link to the same page in the other language, filters and page number included; it remembers
 * the choice for the `/` redirect.
 */
export function LocaleSwitcher(props: Props) {
  return (
    <Suspense fallback={<SwitchLinkWithoutScript {...props} />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  )
}

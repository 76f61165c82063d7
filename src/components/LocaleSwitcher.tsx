'use client'

import { usePathname } from 'next/navigation'

import type { Locale } from '@/i18n/locales'

type Props = { targetLocale: Locale; label: string; lang: string; ariaLabel: string }

/**
 * A link to the same page in the other language, filters and page number included. A plain link
 * with or without JavaScript: `/locale-switch` finds the page and its query in the Referer (in
 * `from` when there is none), remembers the choice for `/` and redirects. A client component only
 * for the path, which a layout cannot know; it adds no library to the page.
 */
export function LocaleSwitcher({ targetLocale, label, lang, ariaLabel }: Props) {
  const href = `/locale-switch?${new URLSearchParams({ to: targetLocale, from: usePathname() })}`
  return (
    <a href={href} lang={lang} hrefLang={lang} aria-label={`${ariaLabel}: ${label}`} className="locale-switcher">
      {label}
    </a>
  )
}

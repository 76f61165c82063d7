'use client'

import { Link, usePathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

type Props = { targetLocale: Locale; label: string; lang: string; ariaLabel: string }

/** A link to the same page in the other language; it remembers the choice for the `/` redirect. */
export function LocaleSwitcher({ targetLocale, label, lang, ariaLabel }: Props) {
  const pathname = usePathname()
  return (
    <Link
      href={pathname}
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

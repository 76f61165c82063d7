import type { Metadata } from 'next'

import { defaultLocale, htmlLang, locales, type Locale } from '@/i18n/locales'

import { siteOrigin } from '@/server/env'

import { feedPath } from './paths'

type DocumentMeta = { title?: string | null; description?: string | null } | null | undefined

const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' }

/** The site's public origin for absolute URLs in metadata, sitemaps and feeds. */
export function siteUrl(): URL {
  return new URL(siteOrigin())
}

/** The same path in every locale, plus `x-default` (the default locale), for hreflang. */
export function alternates(path: string): Record<string, string> {
  const suffix = path === '/' ? '' : path
  return {
    ...Object.fromEntries(locales.map((code) => [htmlLang[code], `/${code}${suffix}`])),
    'x-default': `/${defaultLocale}${suffix}`,
  }
}

/**
 * Title, description, canonical URL, hreflang alternates and sharing cards of a page that exists
 * at the same path in both locales; the document's own SEO fields win over its title and summary.
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  { title, description, meta, type = 'website' }: { title: string; description?: string | null; meta?: DocumentMeta; type?: 'website' | 'article' },
): Metadata {
  const suffix = path === '/' ? '' : path
  const shownTitle = meta?.title || title
  const shownDescription = meta?.description || description || undefined
  return {
    title: shownTitle,
    description: shownDescription,
    alternates: {
      canonical: `/${locale}${suffix}`,
      languages: alternates(path),
      types: { 'application/rss+xml': feedPath(locale) },
    },
    openGraph: {
      type,
      title: shownTitle,
      description: shownDescription,
      url: `/${locale}${suffix}`,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((code) => code !== locale).map((code) => ogLocale[code]),
    },
    twitter: { card: 'summary_large_image', title: shownTitle, description: shownDescription },
  }
}

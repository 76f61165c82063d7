import type { Metadata } from 'next'

import { htmlLang, locales, type Locale } from '@/i18n/locales'

type DocumentMeta = { title?: string | null; description?: string | null } | null | undefined

/**
 * Title, description and the hreflang alternates of a page that exists at the same path in
 * both locales; the document's own SEO fields win over its title and summary.
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  { title, description, meta }: { title: string; description?: string | null; meta?: DocumentMeta },
): Metadata {
  const suffix = path === '/' ? '' : path
  return {
    title: meta?.title || title,
    description: meta?.description || description || undefined,
    alternates: {
      canonical: `/${locale}${suffix}`,
      languages: Object.fromEntries(locales.map((code) => [htmlLang[code], `/${code}${suffix}`])),
    },
  }
}

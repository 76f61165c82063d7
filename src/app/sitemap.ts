import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '@/i18n/locales'
import { getPublishedPaths } from '@/lib/data/sitemap'
import { alternates, siteUrl } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

// Read on request from the cached, tag-revalidated list: the build needs no database.
export const dynamic = 'force-dynamic'

/** Every public page in both locales, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const sections = [publicPaths.home(), publicPaths.newsList(), publicPaths.projectList(), publicPaths.policyList(), publicPaths.timeline()]
  const entries = [...sections.map((path) => ({ path, lastModified: undefined })), ...(await getPublishedPaths())]
  const absolute = (path: string) => new URL(path, base).toString()
  return entries.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: absolute(`/${locale}${path === '/' ? '' : path}`),
      lastModified,
      alternates: {
        languages: Object.fromEntries(Object.entries(alternates(path)).map(([lang, href]) => [lang, absolute(href)])),
      },
      priority: locale === defaultLocale && path === '/' ? 1 : undefined,
    })),
  )
}

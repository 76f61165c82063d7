import { getTranslations } from 'next-intl/server'

import { htmlLang, isLocale } from '@/i18n/locales'
import { getLatestNews } from '@/lib/data/news'
import { getSiteSettings } from '@/lib/data/site'
import { siteUrl } from '@/lib/metadata'
import { feedPath, publicPaths } from '@/lib/paths'
import { escapeXml } from '@/lib/xml'

// Built on first request and cached like a page until news changes (the reads' tags); the build
// needs no database.
export const dynamic = 'force-static'
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

/** RSS 2.0 feed of the newest news in one locale. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  const [settings, news, t] = await Promise.all([
    getSiteSettings(locale),
    getLatestNews(locale, 20),
    getTranslations({ locale, namespace: 'News' }),
  ])
  const base = siteUrl()
  const url = (path: string) => escapeXml(new URL(path, base).toString())
  const items = news
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${url(`/${locale}${publicPaths.news(item.slug)}`)}</link>
      <guid isPermaLink="true">${url(`/${locale}${publicPaths.news(item.slug)}`)}</guid>
      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
      ${item.summary ? `<description>${escapeXml(item.summary)}</description>` : ''}
    </item>`,
    )
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${settings.siteName} · ${t('title')}`)}</title>
    <link>${url(`/${locale}${publicPaths.newsList()}`)}</link>
    <description>${escapeXml(t('description'))}</description>
    <language>${htmlLang[locale]}</language>
    <atom:link href="${url(feedPath(locale))}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`
  return new Response(xml, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=0, must-revalidate' },
  })
}

import { getSitemapEntries, getSitemapFiles } from '@/lib/data/sitemap'
import { siteUrl } from '@/lib/metadata'
import { findSitemapFile, sitemapXml } from '@/lib/sitemap'

// Each file is built on its first request and cached like a page, until a published document
// changes (the reads' tags): a news file of 25,000 paths is 50,000 URLs of XML, too much work to
// repeat per request. generateStaticParams returns nothing, so the build needs no database.
export const dynamic = 'force-static'
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

/** One file of the sitemap index (`/sitemaps/news-0.xml`): its pages in both locales with hreflang alternates. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = findSitemapFile(await getSitemapFiles(), (await params).file)
  if (!file) return new Response(null, { status: 404 })
  const xml = sitemapXml(await getSitemapEntries(file), siteUrl())
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}

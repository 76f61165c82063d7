import { getSitemapEntries, getSitemapFiles } from '@/lib/data/sitemap'
import { siteUrl } from '@/lib/metadata'
import { findSitemapFile, sitemapXml } from '@/lib/sitemap'

// Built on request from cached, tag-revalidated reads, so the build needs no database. Not kept
// in Next's page cache: it measures every entry it stores by serializing it to JSON, which for
// megabytes of XML cost more time and memory than building the file (SITEMAP_FILE_URLS).
export const dynamic = 'force-dynamic'

/** One file of the sitemap index (`/sitemaps/news-0.xml`): its pages in both locales with hreflang alternates. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = findSitemapFile(await getSitemapFiles(), (await params).file)
  if (!file) return new Response(null, { status: 404 })
  const xml = sitemapXml(await getSitemapEntries(file), siteUrl())
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}

import { getSitemapFiles } from '@/lib/data/sitemap'
import { siteUrl } from '@/lib/metadata'
import { sitemapFileName, sitemapIndexXml } from '@/lib/sitemap'

// Read on request from the cached, tag-revalidated plan: the build needs no database.
export const dynamic = 'force-dynamic'

/** The sitemap index (named in robots.txt): one entry per file of at most 50,000 URLs. */
export async function GET(): Promise<Response> {
  const base = siteUrl()
  const files = await getSitemapFiles()
  const xml = sitemapIndexXml(files.map((file) => new URL(`/sitemaps/${sitemapFileName(file)}`, base).toString()))
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}

import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/metadata'

// Built on request so the sitemap URL follows SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic'

/** Crawlers may read the public site, not the admin, the API or preview. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/preview'] },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  }
}

import { defaultLocale, locales } from '@/i18n/locales'

import { alternates } from './metadata'
import { escapeXml } from './xml'

/**
 * The sitemap is an index (`/sitemap.xml`) of files (`/sitemaps/<source>-<n>.xml`) of at most
 * 50,000 URLs each, the limit of the sitemap protocol. Each source — the site's sections and each
 * collection with public pages — is cut into its own files, so one file is read with one indexed
 * query and no request ever holds every document.
 */
export const MAX_SITEMAP_URLS = 50_000
/**
 * The portal's files hold fewer: a file is built on request (caching 25 MB of XML in Next's page
 * cache cost more memory and time than building it), and 10,000 URLs are about 5 MB, built in a
 * fraction of the time 50,000 took.
 */
export const SITEMAP_FILE_URLS = 10_000

export const sitemapSources = ['sections', 'news', 'projects', 'policies', 'pages'] as const
export type SitemapSource = (typeof sitemapSources)[number]
export type SitemapCollection = Exclude<SitemapSource, 'sections'>

/** One file of the sitemap: `limit` paths of a source from `offset` on (each path is a URL per locale). */
export type SitemapFile = { source: SitemapSource; index: number; offset: number; limit: number }

export type SitemapEntry = { path: string; lastModified?: string }

/** The files for sources of these sizes (in paths), with `maxUrls` URLs at most in each. */
export function planSitemapFiles(pathCounts: Record<SitemapSource, number>, maxUrls = SITEMAP_FILE_URLS): SitemapFile[] {
  const pathsPerFile = Math.floor(maxUrls / locales.length)
  return sitemapSources.flatMap((source) =>
    Array.from({ length: Math.ceil(pathCounts[source] / pathsPerFile) }, (_, index) => ({
      source,
      index,
      offset: index * pathsPerFile,
      limit: pathsPerFile,
    })),
  )
}

/** The name of a file in `/sitemaps/`. */
export const sitemapFileName = ({ source, index }: Pick<SitemapFile, 'source' | 'index'>) => `${source}-${index}.xml`

/** The file a name in `/sitemaps/` stands for, if the plan has it. */
export function findSitemapFile(files: SitemapFile[], name: string): SitemapFile | undefined {
  return files.find((file) => sitemapFileName(file) === name)
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The sitemap index: one `<sitemap>` per file. */
export function sitemapIndexXml(fileUrls: string[]): string {
  const items = fileUrls.map((url) => `<sitemap>\n<loc>${escapeXml(url)}</loc>\n</sitemap>\n`).join('')
  return `${xmlHeader}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}</sitemapindex>\n`
}

/** A sitemap file: each path in every locale, each URL with its hreflang alternates. */
export function sitemapXml(entries: SitemapEntry[], base: URL): string {
  // Paths are absolute and ASCII (slugs: slugPattern), so the origin and the path make the URL;
  // new URL() for each of 5 URLs per document was most of a file's cost.
  const absolute = (path: string) => escapeXml(base.origin + path)
  const urls = entries.flatMap(({ path, lastModified }) => {
    const links = Object.entries(alternates(path))
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${absolute(href)}" />\n`)
      .join('')
    return locales.map(
      (locale) =>
        `<url>\n<loc>${absolute(`/${locale}${path === '/' ? '' : path}`)}</loc>\n${links}` +
        (lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>\n` : '') +
        (locale === defaultLocale && path === '/' ? '<priority>1</priority>\n' : '') +
        '</url>\n',
    )
  })
  return `${xmlHeader}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('')}</urlset>\n`
}

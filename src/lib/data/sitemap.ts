import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { documentPath, publicPaths } from '../paths'
import { planSitemapFiles, type SitemapCollection, type SitemapEntry, type SitemapFile, type SitemapSource } from '../sitemap'
import { cachedRead } from './cachedRead'

const sectionPaths = () => [publicPaths.home(), publicPaths.newsList(), publicPaths.projectList(), publicPaths.policyList(), publicPaths.timeline()]

const collections: SitemapCollection[] = ['news', 'projects', 'policies', 'pages']
const published = { _status: { equals: 'published' } } as const
const tags = [cacheTags.news, cacheTags.projects, cacheTags.policies, cacheTags.pages]

/** How many paths each part of the sitemap has: the sections, and each collection's published documents. */
export async function countSitemapPaths(): Promise<Record<SitemapSource, number>> {
  const payload = await getPayloadClient()
  const counts = await Promise.all(
    collections.map(async (collection) => {
      const { totalDocs } = await payload.count({ collection, overrideAccess: false, where: published })
      return [collection, totalDocs] as const
    }),
  )
  return { sections: sectionPaths().length, ...Object.fromEntries(counts) } as Record<SitemapSource, number>
}

/**
 * The paths of one sitemap file: slug and last change of published documents, in id order. Read
 * with one indexed query of two columns: through Payload, a file of 25,000 documents took 3–4 s
 * of the server's CPU (every document goes through its read hooks), delaying every page rendered
 * after a publish. The conditions are those of the public read access (publishedOrAuthenticated:
 * published, not in the trash); tests/int/sitemap.int.test.ts compares the result with Payload's.
 */
export async function readSitemapFile({ source, offset, limit }: SitemapFile): Promise<SitemapEntry[]> {
  if (source === 'sections') return sectionPaths().slice(offset, offset + limit).map((path) => ({ path }))
  const payload = await getPayloadClient()
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const { rows } = await drizzle.execute<{ slug: string; updated_at: string | Date }>(sql`
    SELECT slug, updated_at FROM ${sql.identifier(source)}
    WHERE _status = 'published' AND deleted_at IS NULL
    ORDER BY id LIMIT ${limit} OFFSET ${offset}`)
  return rows.map((row) => ({ path: documentPath(source, row.slug), lastModified: new Date(row.updated_at).toISOString() }))
}

/** The sitemap's files, cached until a published document changes. */
export const getSitemapFiles = cachedRead(async () => planSitemapFiles(await countSitemapPaths()), ['sitemap:files'], tags)

/** One sitemap file's entries, cached until a published document changes. */
export const getSitemapEntries = cachedRead(readSitemapFile, ['sitemap:file'], tags)

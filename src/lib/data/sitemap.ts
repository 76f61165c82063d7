import { unstable_cache } from 'next/cache'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { documentPath, publicPaths } from '../paths'
import { planSitemapFiles, type SitemapCollection, type SitemapEntry, type SitemapFile, type SitemapSource } from '../sitemap'

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

/** The paths of one sitemap file: slug and last change of published documents, in id order. */
export async function readSitemapFile({ source, offset, limit }: SitemapFile): Promise<SitemapEntry[]> {
  if (source === 'sections') return sectionPaths().slice(offset, offset + limit).map((path) => ({ path }))
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: source,
    overrideAccess: false,
    where: published,
    sort: 'id',
    limit,
    page: offset / limit + 1,
    // The file needs no total: no count query.
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => ({ path: documentPath(source, doc.slug), lastModified: doc.updatedAt }))
}

/** The sitemap's files, cached until a published document changes. */
export const getSitemapFiles = unstable_cache(async () => planSitemapFiles(await countSitemapPaths()), ['sitemap:files'], { tags })

/** One sitemap file's entries, cached until a published document changes. */
export const getSitemapEntries = unstable_cache(readSitemapFile, ['sitemap:file'], { tags })

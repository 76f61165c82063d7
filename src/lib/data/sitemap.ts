import { unstable_cache } from 'next/cache'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { documentPath } from '../paths'

export type SitemapEntry = { path: string; lastModified: string }

/** Every published document's public path and last change, for the sitemap. */
export const getPublishedPaths = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await getPayloadClient()
    const collections = ['news', 'projects', 'policies', 'pages'] as const
    const lists = await Promise.all(
      collections.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          overrideAccess: false,
          where: { _status: { equals: 'published' } },
          limit: 0,
          pagination: false,
          depth: 0,
          select: { slug: true, updatedAt: true },
        })
        return docs.map((doc) => ({ path: documentPath(collection, doc.slug), lastModified: doc.updatedAt }))
      }),
    )
    return lists.flat()
  },
  ['sitemap:paths'],
  { tags: [cacheTags.news, cacheTags.projects, cacheTags.policies, cacheTags.pages] },
)

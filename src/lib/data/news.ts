import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { documentBySlugReader } from './documentBySlug'

export type NewsSummary = Pick<News, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'source'>

/** The newest published news in one locale, for lists and the home page. */
export const getLatestNews = unstable_cache(
  async (locale: Locale, limit: number): Promise<NewsSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'news',
      locale,
      // Anonymous access rules apply: only published documents, never drafts.
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit,
      depth: 0,
      select: { title: true, slug: true, summary: true, publishedAt: true, source: true },
    })
    return docs
  },
  ['news:latest'],
  { tags: [cacheTags.news] },
)

/** One news item: the newest draft in an editor's preview, otherwise the published version. */
export const getNewsBySlug = documentBySlugReader('news', [
  cacheTags.news,
  cacheTags.projects,
  cacheTags.policies,
  cacheTags.media,
  cacheTags.categories,
  cacheTags.tags,
])

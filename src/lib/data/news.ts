import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'
import { documentBySlugReader } from './documentBySlug'
import { findPublished, publishedListReader, publishedYears, yearRange, type Paginated } from './publishedList'

export type NewsFilters = { category?: string; year?: number; page: number }

const listTags = [cacheTags.news, cacheTags.categories, cacheTags.media]

/** The newest published news in one locale, for the home page. */
export const getLatestNews = cachedRead(
  async (locale: Locale, limit: number): Promise<News[]> =>
    findPublished<News>('news', locale, { sort: '-publishedAt', limit }),
  ['news:latest'],
  listTags,
)

const readNewsList = publishedListReader<News>('news', listTags)

/** One page of the news list, filtered by category slug and year. */
export const listNews = (locale: Locale, { category, year, page }: NewsFilters): Promise<Paginated<News>> =>
  readNewsList(locale, {
    where: [...(category ? [{ 'category.slug': { equals: category } }] : []), ...yearRange('publishedAt', year)],
    sort: '-publishedAt',
    page,
  })

/** The years that have news, newest first. */
export const getNewsYears = cachedRead(() => publishedYears('news', 'publishedAt'), ['news:years'], [cacheTags.news])

/** The published news items just before and after one item in time, for previous/next links. */
export const getAdjacentNews = cachedRead(
  async (locale: Locale, item: Pick<News, 'id' | 'publishedAt'>) => {
    const payload = await getPayloadClient()
    const neighbour = async (direction: 'older' | 'newer') => {
      const { docs } = await payload.find({
        collection: 'news',
        locale,
        overrideAccess: false,
        where: {
          and: [
            { _status: { equals: 'published' } },
            // Ordered by date, then id, so items published on the same day still form one chain.
            {
              or: [
                { publishedAt: { [direction === 'older' ? 'less_than' : 'greater_than']: item.publishedAt } },
                {
                  and: [
                    { publishedAt: { equals: item.publishedAt } },
                    { id: { [direction === 'older' ? 'less_than' : 'greater_than']: item.id } },
                  ],
                },
              ],
            },
          ],
        },
        sort: direction === 'older' ? ['-publishedAt', '-id'] : ['publishedAt', 'id'],
        limit: 1,
        depth: 0,
        pagination: false,
        select: { title: true, slug: true },
      })
      return docs[0] ?? null
    }
    const [older, newer] = await Promise.all([neighbour('older'), neighbour('newer')])
    return { older, newer }
  },
  ['news:adjacent'],
  [cacheTags.news],
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

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

/**
 * The published news items just before and after one item in time, for previous/next links:
 * ordered by date, then id, so items published on the same day still form one chain.
 */
export async function adjacentNews(locale: Locale, item: Pick<News, 'id' | 'publishedAt'>) {
  const payload = await getPayloadClient()
  const neighbour = async (direction: 'older' | 'newer') => {
    const older = direction === 'older'
    const { docs } = await payload.find({
      collection: 'news',
      locale,
      overrideAccess: false,
      where: {
        and: [
          { _status: { equals: 'published' } },
          // The bound on the date alone is what the index starts from: with only the "or" below,
          // Postgres walked every item from the far end (50 ms for the newest of 100,000).
          { publishedAt: { [older ? 'less_than_equal' : 'greater_than_equal']: item.publishedAt } },
          { or: [{ publishedAt: { [older ? 'less_than' : 'greater_than']: item.publishedAt } }, { id: { [older ? 'less_than' : 'greater_than']: item.id } }] },
        ],
      },
      sort: older ? ['-publishedAt', '-id'] : ['publishedAt', 'id'],
      limit: 1,
      depth: 0,
      pagination: false,
      select: { title: true, slug: true },
    })
    return docs[0] ?? null
  }
  const [older, newer] = await Promise.all([neighbour('older'), neighbour('newer')])
  return { older, newer }
}

/** adjacentNews, cached until a news item changes. */
export const getAdjacentNews = cachedRead(adjacentNews, ['news:adjacent'], [cacheTags.news])

/** One news item: the newest draft in an editor's preview, otherwise the published version. */
export const getNewsBySlug = documentBySlugReader('news', [
  cacheTags.news,
  cacheTags.projects,
  cacheTags.policies,
  cacheTags.media,
  cacheTags.categories,
  cacheTags.tags,
])

import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { documentPath, type PreviewableCollection } from '../paths'

export type SearchHit = { collection: PreviewableCollection; title: string; summary: string | null; path: string }

const searched = [
  { collection: 'news', title: 'title' },
  { collection: 'projects', title: 'name' },
  { collection: 'policies', title: 'title' },
  { collection: 'pages', title: 'title' },
] as const

export const MAX_QUERY_LENGTH = 100

/**
 * A first, simple search: published documents whose title or summary contains the words, in the
 * visitor's locale (substring matching, which also works for Chinese).
 */
export const searchPublished = unstable_cache(
  async (locale: Locale, query: string): Promise<SearchHit[]> => {
    const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5)
    if (words.length === 0) return []
    const payload = await getPayloadClient()
    const results = await Promise.all(
      searched.map(async ({ collection, title }) => {
        const { docs } = await payload.find({
          collection,
          locale,
          overrideAccess: false,
          where: {
            and: [
              { _status: { equals: 'published' } },
              ...words.map((word) => ({ or: [{ [title]: { contains: word } }, { summary: { contains: word } }] })),
            ],
          },
          limit: 20,
          depth: 0,
          pagination: false,
        })
        return docs.map((doc) => {
          const record = doc as unknown as Record<string, string | null>
          return {
            collection,
            title: record[title] ?? '',
            summary: record.summary ?? null,
            path: documentPath(collection, record.slug),
          }
        })
      }),
    )
    return results.flat()
  },
  ['search:simple'],
  { tags: [cacheTags.news, cacheTags.projects, cacheTags.policies, cacheTags.pages] },
)

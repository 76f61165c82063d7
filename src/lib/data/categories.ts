import type { Locale } from '@/i18n/locales'
import type { Category } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'

/** The categories of news, the categories of projects, or the types of policies. */
export const getCategories = cachedRead(
  async (locale: Locale, scope: Category['scope']): Promise<Pick<Category, 'id' | 'slug' | 'title'>[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      locale,
      overrideAccess: false,
      where: { scope: { equals: scope } },
      sort: 'title',
      limit: 100,
      depth: 0,
      pagination: false,
      select: { slug: true, title: true },
    })
    return docs
  },
  ['categories'],
  [cacheTags.categories],
)

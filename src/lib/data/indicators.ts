import type { Locale } from '@/i18n/locales'
import type { Indicator } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'

/** Published indicators of one group (or the home page's key figures), in their set order. */
export const getIndicators = cachedRead(
  async (locale: Locale, filter: { group?: Indicator['group']; featured?: boolean }): Promise<Indicator[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'indicators',
      locale,
      overrideAccess: false,
      where: {
        _status: { equals: 'published' },
        ...(filter.group && { group: { equals: filter.group } }),
        ...(filter.featured && { featured: { equals: true } }),
      },
      sort: 'order',
      limit: 100,
      depth: 0,
      pagination: false,
    })
    return docs
  },
  ['indicators'],
  [cacheTags.indicators],
)

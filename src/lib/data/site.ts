import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import type { Navigation, SiteSetting } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'

/** Header and footer menus in one locale. */
export const getNavigation = unstable_cache(
  async (locale: Locale): Promise<Navigation> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'navigation', locale, depth: 0, overrideAccess: false })
  },
  ['navigation'],
  { tags: [cacheTags.navigation] },
)

/** Site name, contact and footer details in one locale. */
export const getSiteSettings = unstable_cache(
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false })
  },
  ['site-settings'],
  { tags: [cacheTags.siteSettings] },
)

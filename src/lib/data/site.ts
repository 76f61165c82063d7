import type { Locale } from '@/i18n/locales'
import type { Navigation, SiteSetting } from '@/payload-types'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'

/** Header and footer menus in one locale. */
export const getNavigation = cachedRead(
  async (locale: Locale): Promise<Navigation> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'navigation', locale, depth: 0, overrideAccess: false })
  },
  ['navigation'],
  [cacheTags.navigation],
)

/** Site name, contact and footer details in one locale. */
export const getSiteSettings = cachedRead(
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false })
  },
  ['site-settings'],
  [cacheTags.siteSettings],
)

import type { UiStringOverride } from '@/i18n/messages'

import { cacheTags } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { cachedRead } from './cachedRead'

/**
 * The admin's UI-string overrides, cached until one is saved (the collection's hooks expire the
 * tag), so no page request reads them from the database. The rows are staff-only in the API; the
 * texts themselves are what the public site shows anyway.
 */
export const getUiStringOverrides = cachedRead(
  async (): Promise<UiStringOverride[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'ui-strings',
      where: { overridden: { equals: true } },
      pagination: false,
      depth: 0,
      select: { key: true, zh: true, en: true },
    })
    return docs.map(({ key, zh, en }) => ({ key, zh, en }))
  },
  ['ui-strings:overrides'],
  [cacheTags.uiStrings],
)

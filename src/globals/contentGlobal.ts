import type { GlobalConfig } from 'payload'

import { canUpdateContent } from '@/access/canUpdateContent'
import { lockSharedFieldsForTranslators, translatorsKeepGlobalRowStructure } from '@/access/translatorGuards'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateTags'
import type { CacheTag } from '@/lib/cacheTags'

/** Globals follow the collections' rules: public to read, English editable by translators. */
export function contentGlobal(config: GlobalConfig, { cacheTag }: { cacheTag: CacheTag }): GlobalConfig {
  return {
    ...config,
    access: { read: () => true, update: canUpdateContent, ...config.access },
    fields: lockSharedFieldsForTranslators(config.fields),
    hooks: {
      ...config.hooks,
      beforeChange: [translatorsKeepGlobalRowStructure, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), revalidateGlobalAfterChange(cacheTag)],
    },
  }
}

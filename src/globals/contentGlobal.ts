import type { GlobalConfig } from 'payload'

import { canUpdateContent } from '@/access/canUpdateContent'
import { limitPublicGlobalReads } from '@/access/publicReadLimits'
import {
  lockSharedFieldsForTranslators,
  translatorsKeepGlobalRowStructure,
  translatorsSaveGlobalDraftsOnly,
} from '@/access/translatorGuards'
import { englishStatusFields, hasLocalizedFields, trackEnglishStatus } from '@/collections/shared/translationStatus'
import { auditGlobalChange } from '@/hooks/audit'
import { revalidateGlobalAfterChange } from '@/hooks/revalidateTags'
import type { CacheTag } from '@/lib/cacheTags'

/**
 * Globals follow the collections' rules: public to read, drafts that an editor publishes (so a
 * translator's English waits for review), and the same English status (in the sidebar and on the
 * translator dashboard) when they have anything to translate.
 */
export function contentGlobal(config: GlobalConfig, { cacheTag }: { cacheTag: CacheTag }): GlobalConfig {
  const translated = hasLocalizedFields(config.fields)
  return {
    ...config,
    access: { read: () => true, update: canUpdateContent, ...config.access },
    // The status fields are locked for everyone (the hook sets them), so they skip the translator lock.
    fields: [...lockSharedFieldsForTranslators(config.fields), ...(translated ? englishStatusFields : [])],
    versions: { drafts: true, max: 50 },
    hooks: {
      ...config.hooks,
      beforeOperation: [limitPublicGlobalReads, translatorsSaveGlobalDraftsOnly, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [
        translatorsKeepGlobalRowStructure,
        ...(config.hooks?.beforeChange ?? []),
        ...(translated ? [trackEnglishStatus(config.fields)] : []),
      ],
      afterChange: [...(config.hooks?.afterChange ?? []), auditGlobalChange(config.fields), revalidateGlobalAfterChange(cacheTag)],
    },
  }
}

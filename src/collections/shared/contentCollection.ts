import type { CollectionConfig } from 'payload'

import { canUpdateContent } from '@/access/canUpdateContent'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/isStaff'
import { publicReadsIgnoreDraftFlag, publishedOrStaff } from '@/access/publishedOrStaff'
import { limitPublicReads } from '@/access/publicReadLimits'
import {
  lockSharedFieldsForTranslators,
  translatorsCannotRestore,
  translatorsKeepRowStructure,
  translatorsSaveDraftsOnly,
} from '@/access/translatorGuards'
import { auditChange, auditDelete, noteDraftSave } from '@/hooks/audit'
import { forgetFileUsesAfterDelete, recordFileUsesAfterChange } from '@/hooks/fileUses'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateTags'
import { removeFromSearchAfterDelete, syncSearchAfterChange } from '@/hooks/searchIndex'
import type { CacheTag } from '@/lib/cacheTags'
import { previewUrl, type PreviewableCollection } from '@/lib/paths'
import { searchTypes } from '@/lib/searchQuery'

import {
  englishStatusFieldName,
  englishStatusFields,
  glossaryCheckField,
  hasLocalizedFields,
  trackEnglishStatus,
  translationFilters,
} from './translationStatus'

type ContentCollectionOptions = {
  /** The public site's cache tag that changes to these documents expire. */
  cacheTag: CacheTag
  /** Drafts, autosave, version history and scheduled publishing (for what the public reads). */
  drafts: boolean
}

/**
 * Everything editors and translators manage is built the same way: the role matrix, the
 * translator guards, the English translation status (for collections with localized fields),
 * cache revalidation and (with drafts) preview and scheduled publishing.
 */
export function contentCollection(
  config: CollectionConfig,
  { cacheTag, drafts }: ContentCollectionOptions,
): CollectionConfig {
  const slug = config.slug as PreviewableCollection
  const previewable = drafts && !config.upload
  // The collections the site search covers keep their index rows up to date (src/search/).
  const searchType = searchTypes.find((type) => type === config.slug)
  const translated = hasLocalizedFields(config.fields)
  return {
    ...config,
    access: {
      create: isEditorOrAbove,
      read: drafts ? publishedOrStaff : () => true,
      readVersions: isStaff,
      // Without drafts a save is live at once, so translators (who never publish) may not save.
      update: drafts ? canUpdateContent : isEditorOrAbove,
      delete: isEditorOrAbove,
      ...config.access,
    },
    admin: {
      ...config.admin,
      ...(translated && {
        defaultColumns: [...(config.admin?.defaultColumns ?? []), englishStatusFieldName],
        components: {
          ...config.admin?.components,
          beforeListTable: [...(config.admin?.components?.beforeListTable ?? []), translationFilters(englishStatusFieldName)],
        },
      }),
      ...(previewable && {
        preview: (doc, { locale }) => previewUrl(slug, typeof doc.slug === 'string' ? doc.slug : null, locale),
        livePreview: {
          url: ({ data, locale }) => previewUrl(slug, typeof data.slug === 'string' ? data.slug : null, locale.code),
        },
      }),
    },
    // The status fields are locked for everyone (the hook sets them), so they skip the translator lock.
    fields: [...lockSharedFieldsForTranslators(config.fields), ...(translated ? [glossaryCheckField, ...englishStatusFields] : [])],
    hooks: {
      ...config.hooks,
      beforeOperation: [
        limitPublicReads,
        noteDraftSave,
        ...(drafts ? [translatorsCannotRestore, translatorsSaveDraftsOnly, publicReadsIgnoreDraftFlag] : []),
        ...(config.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [
        translatorsKeepRowStructure,
        ...(config.hooks?.beforeChange ?? []),
        ...(translated ? [trackEnglishStatus(config.fields)] : []),
      ],
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        // What the public may see changed: so may the files it may open.
        ...(drafts ? [recordFileUsesAfterChange] : []),
        auditChange,
        ...(searchType ? [syncSearchAfterChange(searchType)] : []),
        revalidateAfterChange(cacheTag),
      ],
      afterDelete: [
        ...(config.hooks?.afterDelete ?? []),
        ...(drafts ? [forgetFileUsesAfterDelete] : []),
        auditDelete,
        ...(searchType ? [removeFromSearchAfterDelete(searchType)] : []),
        revalidateAfterDelete(cacheTag),
      ],
    },
    ...(drafts && {
      versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
      // Deleting moves a document to the trash, from which it can be restored.
      trash: true,
    }),
  }
}

import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { publicFileOrStaff, visitorsListNoFiles } from '@/access/publicFileOrStaff'
import { publicFileField } from '@/fields/publicFile'
import { limitUploadSize } from '@/hooks/limitUploadSize'
import { cacheTags } from '@/lib/cacheTags'
import { uploadsDir } from '@/server/config'

import { contentCollection } from '../shared/contentCollection'

export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024

/** Policy attachments: PDF only (checked by content), at most 20 MB. */
export const Documents: CollectionConfig = contentCollection(
  {
    slug: 'documents',
    labels: { singular: { en: 'Document', zh: '文件' }, plural: { en: 'Documents (PDF)', zh: '附件（PDF）' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'],
      group: { en: 'Files', zh: '文件' },
    },
    upload: { staticDir: path.join(uploadsDir(), 'documents'), mimeTypes: ['application/pdf'] },
    fields: [{ name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true }, publicFileField],
    access: { read: publicFileOrStaff },
    hooks: { beforeOperation: [visitorsListNoFiles, limitUploadSize(DOCUMENT_MAX_BYTES)] },
  },
  { cacheTag: cacheTags.documents, drafts: false },
)

import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

/**
 * Which published document uses which image or PDF, one row per use, kept by the content
 * collections' hooks (src/hooks/fileUses.ts). A file is shown to visitors while it has a row.
 */
export const FileUses: CollectionConfig = {
  slug: 'file-uses',
  labels: { singular: { en: 'File use', zh: '文件引用' }, plural: { en: 'File uses', zh: '文件引用' } },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  admin: { hidden: true },
  fields: [
    // `media:12` or `documents:3`.
    { name: 'file', type: 'text', required: true, index: true },
    // `news:40`: the published document that uses it.
    { name: 'source', type: 'text', required: true, index: true },
  ],
}

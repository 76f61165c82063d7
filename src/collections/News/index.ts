import type { CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/fields/slug'
import { revalidateTagsAfterChange, revalidateTagsAfterDelete } from '@/hooks/revalidateTags'
import { cacheTags } from '@/lib/cacheTags'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { en: 'News item', zh: '新闻' }, plural: { en: 'News', zh: '新闻动态' } },
  access: {
    create: isEditorOrAbove,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isEditorOrAbove,
    delete: isEditorOrAbove,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: { en: 'Content', zh: '内容' },
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true },
    slugField('title'),
    { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' }, localized: true },
    { name: 'body', type: 'richText', label: { en: 'Body', zh: '正文' }, localized: true },
    {
      name: 'publishedAt',
      type: 'date',
      label: { en: 'Publish date', zh: '发布日期' },
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'source', type: 'text', label: { en: 'Source', zh: '来源' }, localized: true },
  ],
  hooks: {
    afterChange: [revalidateTagsAfterChange([cacheTags.news])],
    afterDelete: [revalidateTagsAfterDelete([cacheTags.news])],
  },
  versions: { drafts: true, maxPerDoc: 50 },
}

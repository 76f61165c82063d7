import type { CollectionConfig, Field } from 'payload'

import { slugField } from '@/fields/slug'
import { cacheTags } from '@/lib/cacheTags'

import { contentCollection } from '../shared/contentCollection'

export const Tags: CollectionConfig = contentCollection(
  {
    slug: 'tags',
    labels: { singular: { en: 'Tag', zh: '标签' }, plural: { en: 'Tags', zh: '标签' } },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: { en: 'Taxonomy', zh: '分类与标签' } },
    fields: [
      { name: 'title', type: 'text', label: { en: 'Name', zh: '名称' }, required: true, localized: true },
      slugField('title'),
    ],
  },
  { cacheTag: cacheTags.tags, drafts: false },
)

export const tagsField: Field = {
  name: 'tags',
  type: 'relationship',
  relationTo: 'tags',
  hasMany: true,
  label: { en: 'Tags', zh: '标签' },
  admin: { position: 'sidebar' },
}

import type { CollectionConfig, Field } from 'payload'

import { slugField } from '@/fields/slug'
import { cacheTags } from '@/lib/cacheTags'

import { contentCollection } from '../shared/contentCollection'

export const categoryScopes = ['news', 'projects', 'policies'] as const
export type CategoryScope = (typeof categoryScopes)[number]

const scopeLabels: Record<CategoryScope, { en: string; zh: string }> = {
  news: { en: 'News', zh: '新闻' },
  projects: { en: 'Projects', zh: '项目' },
  policies: { en: 'Policies (policy type)', zh: '政策（政策类型）' },
}

/** News categories, project categories and policy types: one list, told apart by `scope`. */
export const Categories: CollectionConfig = contentCollection(
  {
    slug: 'categories',
    labels: { singular: { en: 'Category', zh: '分类' }, plural: { en: 'Categories', zh: '分类' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'scope', 'slug'],
      group: { en: 'Taxonomy', zh: '分类与标签' },
    },
    defaultSort: 'scope',
    fields: [
      { name: 'title', type: 'text', label: { en: 'Name', zh: '名称' }, required: true, localized: true },
      {
        name: 'scope',
        type: 'select',
        label: { en: 'Used for', zh: '适用于' },
        required: true,
        index: true,
        options: categoryScopes.map((value) => ({ value, label: scopeLabels[value] })),
      },
      slugField('title'),
    ],
  },
  { cacheTag: cacheTags.categories, drafts: false },
)

/** A category picker limited to one scope, so news never gets a policy type. */
export function categoryField(scope: CategoryScope, label = { en: 'Category', zh: '分类' }): Field {
  return {
    name: 'category',
    type: 'relationship',
    relationTo: 'categories',
    label,
    index: true,
    filterOptions: { scope: { equals: scope } },
    admin: { position: 'sidebar' },
  }
}

import type { CollectionConfig } from 'payload'

import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { cacheTags } from '@/lib/cacheTags'

import { categoryField } from '../Categories'
import { contentCollection } from '../shared/contentCollection'
import { tagsField } from '../Tags'

export const News: CollectionConfig = contentCollection(
  {
    slug: 'news',
    labels: { singular: { en: 'News item', zh: '新闻' }, plural: { en: 'News', zh: '新闻动态' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'category', 'publishedAt', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'slug'],
      group: { en: 'Content', zh: '内容' },
    },
    defaultSort: '-publishedAt',
    // The public lists, the feed and the home page: published, newest first (Payload adds createdAt
    // to every sort). The migration adds the id and deletedAt to it, for index-only reads (docs/scale.md).
    indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
    fields: [
      { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true },
      {
        type: 'tabs',
        tabs: [
          {
            label: { en: 'Content', zh: '内容' },
            fields: [
              { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' }, localized: true },
              { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', zh: '封面图片' } },
              { name: 'body', type: 'richText', label: { en: 'Body', zh: '正文' }, localized: true },
            ],
          },
          {
            label: { en: 'Related', zh: '关联内容' },
            fields: [
              {
                name: 'relatedProjects',
                type: 'relationship',
                relationTo: 'projects',
                hasMany: true,
                label: { en: 'Related projects', zh: '相关项目' },
              },
              {
                name: 'relatedPolicies',
                type: 'relationship',
                relationTo: 'policies',
                hasMany: true,
                label: { en: 'Related policies (shown as their interpretation)', zh: '相关政策（作为政策解读显示）' },
              },
            ],
          },
          { label: 'SEO', fields: [seoFields()] },
        ],
      },
      slugField('title'),
      {
        name: 'publishedAt',
        type: 'date',
        label: { en: 'Publish date', zh: '发布日期' },
        required: true,
        index: true,
        defaultValue: () => new Date().toISOString(),
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
      },
      categoryField('news'),
      tagsField,
      { name: 'source', type: 'text', label: { en: 'Source', zh: '来源' }, localized: true, admin: { position: 'sidebar' } },
    ],
  },
  { cacheTag: cacheTags.news, drafts: true },
)

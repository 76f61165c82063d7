import type { CollectionConfig } from 'payload'

import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { cacheTags } from '@/lib/cacheTags'

import { contentCollection } from '../shared/contentCollection'
import { pageBlocks } from './blocks'

/** Slugs that are the site's own sections, so a page cannot hide one of them. */
export const reservedPageSlugs = ['news', 'projects', 'policies', 'timeline', 'search', 'preview', 'admin', 'api', 'not-found']

export const Pages: CollectionConfig = contentCollection(
  {
    slug: 'pages',
    labels: { singular: { en: 'Page', zh: '页面' }, plural: { en: 'Pages', zh: '页面' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
      group: { en: 'Content', zh: '内容' },
    },
    fields: [
      { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true },
      { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' }, localized: true },
      {
        type: 'tabs',
        tabs: [
          {
            label: { en: 'Content', zh: '内容' },
            fields: [
              {
                name: 'layout',
                type: 'blocks',
                label: { en: 'Sections', zh: '版块' },
                blocks: pageBlocks,
              },
            ],
          },
          { label: 'SEO', fields: [seoFields()] },
        ],
      },
      slugField('title', { reserved: reservedPageSlugs }),
    ],
  },
  { cacheTag: cacheTags.pages, drafts: true },
)

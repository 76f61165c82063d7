import type { CollectionConfig } from 'payload'

import { partialDateFields } from '@/fields/partialDate'
import { cacheTags } from '@/lib/cacheTags'

import { contentCollection } from '../shared/contentCollection'

/** The public timeline: one entry per dated event, linked to what tells more about it. */
export const Milestones: CollectionConfig = contentCollection(
  {
    slug: 'milestones',
    labels: { singular: { en: 'Milestone', zh: '大事记' }, plural: { en: 'Milestones', zh: '发展历程' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'date', 'datePrecision', '_status'],
      group: { en: 'Content', zh: '内容' },
    },
    defaultSort: '-date',
    fields: [
      { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true },
      ...partialDateFields('date', { en: 'Date', zh: '日期' }, { required: true }),
      { name: 'description', type: 'textarea', label: { en: 'Description', zh: '说明' }, localized: true },
      {
        name: 'related',
        type: 'relationship',
        relationTo: ['news', 'projects', 'policies'],
        label: { en: 'Read more', zh: '详见' },
      },
    ],
  },
  { cacheTag: cacheTags.milestones, drafts: true },
)

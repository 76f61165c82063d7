import type { CollectionConfig } from 'payload'

import { partialDateFields } from '@/fields/partialDate'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { cacheTags } from '@/lib/cacheTags'

import { categoryField } from '../Categories'
import { contentCollection } from '../shared/contentCollection'

export const policyValidities = ['in-force', 'expired', 'replaced'] as const
export type PolicyValidity = (typeof policyValidities)[number]

const validityLabels: Record<PolicyValidity, { en: string; zh: string }> = {
  'in-force': { en: 'In force', zh: '现行有效' },
  expired: { en: 'Expired', zh: '已失效' },
  replaced: { en: 'Replaced', zh: '已被替代' },
}

export const Policies: CollectionConfig = contentCollection(
  {
    slug: 'policies',
    labels: { singular: { en: 'Policy', zh: '政策文件' }, plural: { en: 'Policies', zh: '政策文件' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'category', 'issueDate', 'validity', '_status'],
      listSearchableFields: ['title', 'documentNumber', 'slug'],
      group: { en: 'Content', zh: '内容' },
    },
    defaultSort: '-issueDate',
    fields: [
      { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true },
      {
        type: 'tabs',
        tabs: [
          {
            label: { en: 'Content', zh: '内容' },
            fields: [
              { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' }, localized: true },
              {
                name: 'keyPoints',
                type: 'array',
                label: { en: 'Key points', zh: '要点' },
                labels: { singular: { en: 'Key point', zh: '要点' }, plural: { en: 'Key points', zh: '要点' } },
                fields: [{ name: 'text', type: 'textarea', label: { en: 'Point', zh: '要点' }, required: true, localized: true }],
              },
              { name: 'body', type: 'richText', label: { en: 'Full text', zh: '正文' }, localized: true },
              {
                name: 'attachments',
                type: 'upload',
                relationTo: 'documents',
                hasMany: true,
                label: { en: 'Attachments (PDF)', zh: '附件（PDF）' },
              },
            ],
          },
          {
            label: { en: 'Interpretation', zh: '政策解读' },
            fields: [
              {
                name: 'interpretation',
                type: 'richText',
                label: { en: 'Interpretation', zh: '政策解读' },
                localized: true,
              },
              {
                name: 'interpretationNews',
                type: 'join',
                collection: 'news',
                on: 'relatedPolicies',
                label: { en: 'News that explains this policy', zh: '解读新闻' },
              },
            ],
          },
          {
            label: { en: 'Document details', zh: '文件信息' },
            fields: [
              {
                name: 'documentNumber',
                type: 'text',
                label: { en: 'Document number', zh: '文号' },
                index: true,
              },
              { name: 'issuingBody', type: 'text', label: { en: 'Issuing body', zh: '发文机关' }, localized: true },
              ...partialDateFields('issueDate', { en: 'Issue date', zh: '发文日期' }),
              ...partialDateFields('effectiveDate', { en: 'Effective date', zh: '施行日期' }),
              {
                name: 'validity',
                type: 'select',
                label: { en: 'Validity', zh: '效力状态' },
                required: true,
                defaultValue: 'in-force',
                index: true,
                options: policyValidities.map((value) => ({ value, label: validityLabels[value] })),
              },
              {
                name: 'replacedBy',
                type: 'relationship',
                relationTo: 'policies',
                label: { en: 'Replaced by', zh: '替代文件' },
                admin: { condition: (data) => data?.validity === 'replaced' },
              },
            ],
          },
          { label: 'SEO', fields: [seoFields()] },
        ],
      },
      slugField('title'),
      categoryField('policies', { en: 'Policy type', zh: '政策类型' }),
    ],
  },
  { cacheTag: cacheTags.policies, drafts: true },
)

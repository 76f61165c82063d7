import type { CollectionConfig } from 'payload'

import { partialDateFields } from '@/fields/partialDate'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { cacheTags } from '@/lib/cacheTags'

import { categoryField } from '../Categories'
import { contentCollection } from '../shared/contentCollection'

export const projectStatuses = ['preparatory', 'under-construction', 'completed', 'in-operation'] as const
export type ProjectStatus = (typeof projectStatuses)[number]

const statusLabels: Record<ProjectStatus, { en: string; zh: string }> = {
  preparatory: { en: 'Preparatory stage', zh: '前期工作' },
  'under-construction': { en: 'Under construction', zh: '加快建设' },
  completed: { en: 'Completed / open to traffic', zh: '建成/通车' },
  'in-operation': { en: 'In operation', zh: '投入运营' },
}

export const Projects: CollectionConfig = contentCollection(
  {
    slug: 'projects',
    labels: { singular: { en: 'Project', zh: '项目' }, plural: { en: 'Projects', zh: '重点项目' } },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'category', 'status', 'progress', '_status', 'updatedAt'],
      listSearchableFields: ['name', 'slug'],
      group: { en: 'Content', zh: '内容' },
    },
    defaultSort: '-updatedAt',
    fields: [
      { name: 'name', type: 'text', label: { en: 'Name', zh: '项目名称' }, required: true, localized: true },
      {
        type: 'tabs',
        tabs: [
          {
            label: { en: 'Content', zh: '内容' },
            fields: [
              { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' }, localized: true },
              { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', zh: '封面图片' } },
              { name: 'body', type: 'richText', label: { en: 'Description', zh: '项目介绍' }, localized: true },
              {
                name: 'gallery',
                type: 'upload',
                relationTo: 'media',
                hasMany: true,
                label: { en: 'Gallery', zh: '图集' },
              },
            ],
          },
          {
            label: { en: 'Progress', zh: '进展' },
            fields: [
              {
                name: 'status',
                type: 'select',
                label: { en: 'Status', zh: '建设状态' },
                index: true,
                // Payload's own `_status` (draft/published) would otherwise take the same enum name.
                enumName: 'enum_projects_build_status',
                options: projectStatuses.map((value) => ({ value, label: statusLabels[value] })),
                admin: {
                  description: { en: 'Leave empty if no status has been announced.', zh: '尚未公布状态时留空。' },
                },
              },
              {
                name: 'progress',
                type: 'number',
                label: { en: 'Progress (%)', zh: '形象进度（%）' },
                min: 0,
                max: 100,
                index: true,
              },
              {
                name: 'updates',
                type: 'array',
                label: { en: 'Progress updates', zh: '进展动态' },
                labels: { singular: { en: 'Update', zh: '动态' }, plural: { en: 'Updates', zh: '动态' } },
                fields: [
                  ...partialDateFields('date', { en: 'Date', zh: '日期' }, { required: true }),
                  { name: 'text', type: 'textarea', label: { en: 'What happened', zh: '进展内容' }, required: true, localized: true },
                ],
              },
            ],
          },
          {
            label: { en: 'Details', zh: '项目信息' },
            fields: [
              {
                name: 'investment',
                type: 'number',
                label: { en: 'Investment (100 million yuan)', zh: '投资额（亿元）' },
                min: 0,
              },
              ...partialDateFields('startDate', { en: 'Start date', zh: '开工日期' }),
              ...partialDateFields('expectedCompletion', { en: 'Expected completion', zh: '预计完工' }),
              {
                name: 'location',
                type: 'group',
                label: { en: 'Location', zh: '位置' },
                fields: [
                  { name: 'area', type: 'text', label: { en: 'Park or area', zh: '园区或片区' }, localized: true },
                  {
                    type: 'row',
                    fields: [
                      { name: 'latitude', type: 'number', label: { en: 'Latitude', zh: '纬度' }, min: -90, max: 90 },
                      { name: 'longitude', type: 'number', label: { en: 'Longitude', zh: '经度' }, min: -180, max: 180 },
                    ],
                  },
                ],
              },
            ],
          },
          {
            label: { en: 'Related', zh: '关联内容' },
            fields: [
              {
                name: 'relatedNews',
                type: 'join',
                collection: 'news',
                on: 'relatedProjects',
                label: { en: 'News about this project', zh: '相关新闻' },
                admin: { description: { en: 'Link a news item to this project from the news item.', zh: '在新闻中关联本项目后显示于此。' } },
              },
            ],
          },
          { label: 'SEO', fields: [seoFields()] },
        ],
      },
      slugField('name'),
      categoryField('projects'),
      {
        name: 'featured',
        type: 'checkbox',
        label: { en: 'Featured on the home page', zh: '首页推荐' },
        defaultValue: false,
        index: true,
        admin: { position: 'sidebar' },
      },
    ],
  },
  { cacheTag: cacheTags.projects, drafts: true },
)

import type { CollectionConfig } from 'payload'

import { partialDateFields } from '@/fields/partialDate'
import { cacheTags } from '@/lib/cacheTags'

import { contentCollection } from '../shared/contentCollection'

export const indicatorGroups = ['innovation', 'construction', 'investment', 'government-services', 'cooperation'] as const
export type IndicatorGroup = (typeof indicatorGroups)[number]

const groupLabels: Record<IndicatorGroup, { en: string; zh: string }> = {
  innovation: { en: 'Innovation', zh: '科技创新' },
  construction: { en: 'Construction', zh: '城市建设' },
  investment: { en: 'Investment', zh: '招商投资' },
  'government-services': { en: 'Government services', zh: '政务服务' },
  cooperation: { en: 'Chengdu-Chongqing cooperation', zh: '成渝合作' },
}

/** Key figures: the number is stored once; the site formats it per locale from unit and qualifier. */
export const Indicators: CollectionConfig = contentCollection(
  {
    slug: 'indicators',
    labels: { singular: { en: 'Indicator', zh: '指标' }, plural: { en: 'Indicators', zh: '关键指标' } },
    admin: {
      useAsTitle: 'label',
      defaultColumns: ['label', 'value', 'unit', 'group', 'asOf', '_status'],
      group: { en: 'Content', zh: '内容' },
    },
    defaultSort: 'order',
    fields: [
      { name: 'label', type: 'text', label: { en: 'Label', zh: '指标名称' }, required: true, localized: true },
      {
        type: 'row',
        fields: [
          { name: 'value', type: 'number', label: { en: 'Value', zh: '数值' }, required: true },
          {
            name: 'unit',
            type: 'select',
            label: { en: 'Unit', zh: '单位' },
            required: true,
            defaultValue: 'count',
            options: [
              { value: 'count', label: { en: 'Count', zh: '数量' } },
              { value: 'percent', label: { en: 'Percent', zh: '百分比' } },
              { value: 'cny100m', label: { en: '100 million yuan', zh: '亿元' } },
              { value: 'minutes', label: { en: 'Minutes', zh: '分钟' } },
            ],
          },
          {
            name: 'qualifier',
            type: 'select',
            label: { en: 'Qualifier', zh: '修饰' },
            required: true,
            defaultValue: 'exact',
            options: [
              { value: 'exact', label: { en: 'Exactly', zh: '（无）' } },
              { value: 'over', label: { en: 'Over', zh: '超' } },
              { value: 'about', label: { en: 'About', zh: '约' } },
              { value: 'within', label: { en: 'Within', zh: '以内' } },
            ],
          },
        ],
      },
      {
        name: 'measureWord',
        type: 'text',
        label: { en: 'Chinese measure word', zh: '量词' },
        admin: {
          description: {
            en: 'For counts on the Chinese site: 个, 项, 家 … English shows the number alone; the label carries the noun.',
            zh: '用于中文页面的数量：个、项、家……英文页面只显示数字，名词写在指标名称中。',
          },
        },
      },
      {
        name: 'group',
        type: 'select',
        label: { en: 'Group', zh: '分组' },
        required: true,
        index: true,
        options: indicatorGroups.map((value) => ({ value, label: groupLabels[value] })),
      },
      ...partialDateFields('asOf', { en: 'As of', zh: '统计时间' }, { required: true }),
      { name: 'source', type: 'text', label: { en: 'Source', zh: '数据来源' }, localized: true },
      {
        name: 'order',
        type: 'number',
        label: { en: 'Order', zh: '排序' },
        defaultValue: 0,
        admin: { position: 'sidebar' },
      },
      {
        name: 'featured',
        type: 'checkbox',
        label: { en: 'Key figure on the home page', zh: '首页关键数据' },
        defaultValue: false,
        index: true,
        admin: { position: 'sidebar' },
      },
      {
        name: 'key',
        type: 'text',
        label: { en: 'Key', zh: '标识' },
        unique: true,
        admin: {
          position: 'sidebar',
          description: { en: 'A stable name for imports; optional.', zh: '导入用的固定标识，可留空。' },
        },
      },
    ],
  },
  { cacheTag: cacheTags.indicators, drafts: true },
)

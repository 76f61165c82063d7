import type { Block } from 'payload'

import { hrefField } from '@/fields/link'

import { indicatorGroups } from '../Indicators'

const heading = (required = false) =>
  ({ name: 'heading', type: 'text', label: { en: 'Heading', zh: '标题' }, localized: true, required }) as const

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: { en: 'Rich text', zh: '图文' }, plural: { en: 'Rich text', zh: '图文' } },
  fields: [heading(), { name: 'body', type: 'richText', label: { en: 'Text', zh: '正文' }, localized: true, required: true }],
}

export const IndicatorGroupBlock: Block = {
  slug: 'indicatorGroup',
  interfaceName: 'IndicatorGroupBlock',
  labels: { singular: { en: 'Indicator group', zh: '指标组' }, plural: { en: 'Indicator groups', zh: '指标组' } },
  fields: [
    heading(true),
    {
      name: 'group',
      type: 'select',
      label: { en: 'Indicators of group', zh: '指标分组' },
      required: true,
      options: indicatorGroups.map((value) => ({ value, label: value })),
    },
  ],
}

export const CardListBlock: Block = {
  slug: 'cardList',
  interfaceName: 'CardListBlock',
  labels: { singular: { en: 'Card list', zh: '卡片列表' }, plural: { en: 'Card lists', zh: '卡片列表' } },
  fields: [
    heading(true),
    {
      name: 'cards',
      type: 'array',
      label: { en: 'Cards', zh: '卡片' },
      minRows: 1,
      fields: [
        { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, localized: true, required: true },
        { name: 'text', type: 'textarea', label: { en: 'Text', zh: '文字' }, localized: true },
        hrefField('href', { required: false }),
      ],
    },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { en: 'Call to action', zh: '引导链接' }, plural: { en: 'Calls to action', zh: '引导链接' } },
  fields: [
    heading(true),
    { name: 'text', type: 'textarea', label: { en: 'Text', zh: '文字' }, localized: true },
    { name: 'label', type: 'text', label: { en: 'Button text', zh: '按钮文字' }, localized: true, required: true },
    hrefField(),
  ],
}

export const pageBlocks = [RichTextBlock, IndicatorGroupBlock, CardListBlock, CallToActionBlock]

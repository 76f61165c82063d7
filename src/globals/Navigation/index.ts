import type { Field, GlobalConfig } from 'payload'

import { hrefField } from '@/fields/link'
import { cacheTags } from '@/lib/cacheTags'

import { contentGlobal } from '../contentGlobal'

const menu = (name: string, label: { en: string; zh: string }): Field => ({
  name,
  type: 'array',
  label,
  labels: { singular: { en: 'Link', zh: '链接' }, plural: { en: 'Links', zh: '链接' } },
  maxRows: 12,
  fields: [
    { name: 'label', type: 'text', label: { en: 'Label', zh: '文字' }, required: true, localized: true },
    hrefField(),
  ],
})

export const Navigation: GlobalConfig = contentGlobal(
  {
    slug: 'navigation',
    label: { en: 'Navigation', zh: '导航菜单' },
    admin: { group: { en: 'Site', zh: '网站' } },
    fields: [menu('header', { en: 'Header menu', zh: '顶部导航' }), menu('footer', { en: 'Footer menu', zh: '页脚导航' })],
  },
  { cacheTag: cacheTags.navigation },
)

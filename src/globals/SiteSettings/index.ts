import type { GlobalConfig } from 'payload'

import { hrefField } from '@/fields/link'
import { cacheTags } from '@/lib/cacheTags'

import { contentGlobal } from '../contentGlobal'

export const SiteSettings: GlobalConfig = contentGlobal(
  {
    slug: 'site-settings',
    label: { en: 'Site settings', zh: '网站设置' },
    admin: { group: { en: 'Site', zh: '网站' } },
    fields: [
      { name: 'siteName', type: 'text', label: { en: 'Site name', zh: '网站名称' }, required: true, localized: true },
      { name: 'tagline', type: 'text', label: { en: 'Tagline', zh: '标语' }, localized: true },
      {
        name: 'contact',
        type: 'group',
        label: { en: 'Contact', zh: '联系方式' },
        fields: [
          { name: 'organisation', type: 'text', label: { en: 'Organisation', zh: '主办单位' }, localized: true },
          { name: 'address', type: 'textarea', label: { en: 'Address', zh: '地址' }, localized: true },
          { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' } },
          { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
          { name: 'hours', type: 'text', label: { en: 'Opening hours', zh: '办公时间' }, localized: true },
        ],
      },
      { name: 'footerNote', type: 'textarea', label: { en: 'Footer note', zh: '页脚说明' }, localized: true },
      {
        name: 'officialAccounts',
        type: 'array',
        label: { en: 'Official accounts', zh: '官方账号' },
        fields: [
          { name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true, localized: true },
          hrefField('url'),
        ],
      },
      {
        name: 'icpNumber',
        type: 'text',
        label: { en: 'ICP licence number', zh: 'ICP备案号' },
      },
    ],
  },
  { cacheTag: cacheTags.siteSettings },
)

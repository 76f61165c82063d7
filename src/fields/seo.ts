import type { Field } from 'payload'

/** Search-engine and sharing metadata; each empty value falls back to the document's own. */
export function seoFields(): Field {
  return {
    name: 'meta',
    type: 'group',
    label: { en: 'Search engines and sharing', zh: '搜索引擎与分享' },
    localized: true,
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { en: 'Page title', zh: '页面标题' },
        maxLength: 70,
        admin: { description: { en: 'Empty: the title is used.', zh: '留空则使用标题。' } },
      },
      {
        name: 'description',
        type: 'textarea',
        label: { en: 'Description', zh: '描述' },
        maxLength: 200,
        admin: { description: { en: 'Empty: the summary is used.', zh: '留空则使用摘要。' } },
      },
      { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Sharing image', zh: '分享图片' } },
    ],
  }
}

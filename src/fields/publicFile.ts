import type { Field } from 'payload'

/** Set by src/hooks/fileUses.ts while a published document uses the file; nobody edits it. */
export const publicFileField: Field = {
  name: 'public',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { en: 'Used by a published page', zh: '已被公开页面使用' },
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Visitors can open this file only while a published page uses it.',
      zh: '仅当已发布的页面使用此文件时，公众才能访问。',
    },
  },
}

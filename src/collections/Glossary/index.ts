import type { CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/isStaff'

/**
 * The house glossary (seeded from shared/seed/glossary.md): one English rendering per Chinese
 * term. Translators may add and refine entries; editors remove them. The edit views of
 * translatable documents check their English against it (src/components/admin/GlossaryPanel.tsx).
 */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: { singular: { en: 'Glossary term', zh: '术语' }, plural: { en: 'Glossary', zh: '术语表' } },
  admin: {
    useAsTitle: 'zh',
    defaultColumns: ['zh', 'en', 'note', 'checked'],
    listSearchableFields: ['zh', 'en', 'note'],
    group: { en: 'Translation', zh: '翻译' },
    pagination: { defaultLimit: 100 },
  },
  defaultSort: 'zh',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isEditorOrAbove },
  fields: [
    {
      name: 'zh',
      type: 'text',
      label: { en: 'Chinese term', zh: '中文术语' },
      required: true,
      unique: true,
      admin: { description: { en: 'Alternatives: separate with “ / ” or add a short form in （ ）.', zh: '多个写法用“ / ”分隔，简称可放在（ ）中。' } },
    },
    {
      name: 'en',
      type: 'text',
      label: { en: 'English rendering', zh: '英文译法' },
      required: true,
      admin: { description: { en: 'Alternatives matching the Chinese ones: separate with “ / ”.', zh: '与中文写法一一对应的多个译法用“ / ”分隔。' } },
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', zh: '备注' } },
    {
      name: 'checked',
      type: 'checkbox',
      label: { en: 'Check English texts for this rendering', zh: '检查英文是否使用此译法' },
      defaultValue: true,
      admin: { description: { en: 'Off for units and numbers, whose English form varies (亿元).', zh: '单位和数字的英文形式不固定（如亿元），可关闭。' } },
    },
  ],
}

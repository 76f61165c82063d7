import type { CollectionBeforeChangeHook, CollectionConfig, TextareaFieldValidation } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { notTranslatorField } from '@/access/canUpdateContent'
import { isStaff } from '@/access/isStaff'
import { translatorsCannotRestore } from '@/access/translatorGuards'
import { auditChange } from '@/hooks/audit'
import { revalidateAfterChange } from '@/hooks/revalidateTags'
import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import type { UiString } from '@/payload-types'

import { englishStatusOptions, translationFilters, type EnglishStatus } from '../shared/translationStatus'
import { importViewPath } from './adminPaths'
import { exportEndpoint, importEndpoint } from './endpoints'
import { uiStringProblem } from './validation'

const validateOverride =
  (locale: Locale): TextareaFieldValidation =>
  (value, { req, siblingData }) => {
    // Empty means "use the default": that is how an override is reset.
    if (!value) return true
    const key = (siblingData as { key?: string }).key ?? ''
    return uiStringProblem(req, key, locale, value) ?? true
  }

const inUse = (override: string | null | undefined, fallback: string | null | undefined) => override || fallback || ''

/**
 * Keeps the derived fields true on every save: the texts in use, whether anything is overridden,
 * and the English status. When the English in use changes, the Chinese in use at that moment is
 * remembered; a later change to the Chinese makes the English "outdated" until it is edited.
 */
const deriveStatus: CollectionBeforeChangeHook<UiString> = ({ data, originalDoc }) => {
  const doc = { ...originalDoc, ...data }
  const zhText = inUse(doc.zh, doc.zhDefault)
  const enText = inUse(doc.en, doc.enDefault)
  const englishEdited = !originalDoc || enText !== inUse(originalDoc.en, originalDoc.enDefault)
  const zhAtEnglishEdit = englishEdited ? zhText : (doc.zhAtEnglishEdit ?? '')
  const enStatus: EnglishStatus = !enText ? 'missing' : zhAtEnglishEdit !== zhText ? 'outdated' : 'current'
  return { ...data, zhText, enText, zhAtEnglishEdit, enStatus, overridden: Boolean(doc.zh || doc.en) }
}

const noOne = () => false
/** Computed by `deriveStatus` on every save; nobody sets them. */
const derived = { access: { create: noOne, update: noOne } }

/**
 * The site's UI strings, one row per message key, kept in step with messages/*.json at every
 * start (`syncUiStrings`). Staff override the text per language here; an empty override means
 * the default. Translators change the English only. Saving expires every page at once.
 */
export const UiStrings: CollectionConfig = {
  slug: 'ui-strings',
  labels: { singular: { en: 'UI string', zh: '界面文字' }, plural: { en: 'UI strings', zh: '界面文字' } },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'zhText', 'enText', 'enStatus', 'overridden'],
    listSearchableFields: ['key', 'zhText', 'enText'],
    group: { en: 'Translation', zh: '翻译' },
    pagination: { defaultLimit: 50 },
    components: {
      beforeListTable: [translationFilters('enStatus', 'overridden'), '/components/admin/UiStringExport#UiStringExport'],
      // The import form, at /admin/collections/ui-strings/import (linked from the list and the dashboard).
      views: { import: { Component: '/components/admin/UiStringImportView#UiStringImportView', path: importViewPath, exact: true } },
    },
    description: {
      en: 'Texts of the public site. Leave an override empty to use the default from the repository; a save shows on the next page request.',
      zh: '公开网站的界面文字。覆盖值留空即使用代码库中的默认值；保存后下一次页面请求即生效。',
    },
  },
  defaultSort: 'key',
  access: { read: isStaff, update: isStaff, create: noOne, delete: isAdmin },
  endpoints: [exportEndpoint, importEndpoint],
  versions: { maxPerDoc: 50 },
  fields: [
    { name: 'key', type: 'text', label: { en: 'Key', zh: '键' }, required: true, unique: true, access: { update: noOne }, admin: { readOnly: true } },
    { name: 'zhText', type: 'textarea', label: { en: 'Chinese (in use)', zh: '中文（当前）' }, ...derived, admin: { readOnly: true } },
    { name: 'enText', type: 'textarea', label: { en: 'English (in use)', zh: '英文（当前）' }, ...derived, admin: { readOnly: true } },
    {
      name: 'en',
      type: 'textarea',
      label: { en: 'English override', zh: '英文覆盖值' },
      validate: validateOverride('en'),
      admin: { description: { en: 'Empty: the default below.', zh: '留空：使用下方默认值。' } },
    },
    {
      name: 'zh',
      type: 'textarea',
      label: { en: 'Chinese override', zh: '中文覆盖值' },
      validate: validateOverride('zh'),
      access: { update: notTranslatorField },
      admin: { description: { en: 'Empty: the default below.', zh: '留空：使用下方默认值。' } },
    },
    { name: 'enDefault', type: 'textarea', label: { en: 'English default', zh: '英文默认值' }, access: { update: noOne }, admin: { readOnly: true } },
    { name: 'zhDefault', type: 'textarea', label: { en: 'Chinese default', zh: '中文默认值' }, access: { update: noOne }, admin: { readOnly: true } },
    {
      name: 'enStatus',
      type: 'select',
      label: { en: 'English', zh: '英文状态' },
      index: true,
      options: englishStatusOptions,
      ...derived,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'overridden',
      type: 'checkbox',
      label: { en: 'Overridden', zh: '已覆盖' },
      index: true,
      ...derived,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'zhAtEnglishEdit', type: 'textarea', ...derived, admin: { hidden: true } },
  ],
  hooks: {
    beforeOperation: [translatorsCannotRestore],
    beforeChange: [deriveStatus],
    afterChange: [auditChange, revalidateAfterChange(cacheTags.uiStrings)],
  },
}

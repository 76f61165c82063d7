import { createHash } from 'node:crypto'
import type { CustomComponent, Field, PayloadRequest } from 'payload'

import type { TranslationFiltersProps } from '@/components/admin/TranslationFilters'

import { defaultLocale } from '@/i18n/locales'
import { translationLocale } from '@/access/canUpdateContent'

export const englishStatuses = ['missing', 'outdated', 'current'] as const
export type EnglishStatus = (typeof englishStatuses)[number]

export const englishStatusOptions = [
  { value: 'missing', label: { en: 'Missing', zh: '缺失' } },
  { value: 'outdated', label: { en: 'Outdated', zh: '待更新' } },
  { value: 'current', label: { en: 'Up to date', zh: '已同步' } },
] satisfies { value: EnglishStatus; label: { en: string; zh: string } }[]

/** The text of a Lexical rich-text value: formatting and node ids do not make a new translation. */
function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return plainText(root)
  return Array.isArray(children) ? children.map(plainText).join('\n') : ''
}

type Values = [path: string, value: unknown][]

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : value)

function normalise(field: Field, value: unknown): unknown {
  if (field.type === 'richText') return plainText(value) || null
  // Relations may come as ids or (read with depth) as documents.
  if (field.type === 'relationship' || field.type === 'upload') return Array.isArray(value) ? value.map(idOf) : (idOf(value) ?? null)
  return value === '' || value === undefined ? null : value
}

/**
 * Every localized value in one locale's view of a document, by path, at any depth: the leaves of
 * localized fields and of anything inside a localized group, array or blocks field.
 */
function localizedValues(fields: Field[], data: unknown, path = '', out: Values = [], inLocalized = false): Values {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const localized = inLocalized || ('localized' in tab && Boolean(tab.localized))
        if ('name' in tab && tab.name) localizedValues(tab.fields, record[tab.name], `${path}${tab.name}.`, out, localized)
        else localizedValues(tab.fields, record, path, out, localized)
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      localizedValues(field.fields, record, path, out, inLocalized)
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') continue
    const value = record[field.name]
    const here = `${path}${field.name}`
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    if (field.type === 'group') localizedValues(field.fields, value, `${here}.`, out, localized)
    else if (field.type === 'array')
      (Array.isArray(value) ? value : []).forEach((row, index) => localizedValues(field.fields, row, `${here}.${index}.`, out, localized))
    else if (field.type === 'blocks')
      (Array.isArray(value) ? value : []).forEach((row: { blockType?: string }, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        if (block) localizedValues(block.fields, row, `${here}.${index}.`, out, localized)
      })
    else if (localized) out.push([here, normalise(field, value)])
  }
  return out
}

/** Whether a collection has anything to translate. */
export function hasLocalizedFields(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('localized' in field && field.localized) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => ('localized' in tab && tab.localized) || hasLocalizedFields(tab.fields))
    if (field.type === 'blocks') return field.blocks.some((block) => hasLocalizedFields(block.fields))
    return 'fields' in field && hasLocalizedFields(field.fields)
  })
}

/** A fingerprint of one locale's texts; '' when that locale has none. */
export function fingerprint(fields: Field[], doc: unknown): string {
  const values = localizedValues(fields, doc)
  if (values.every(([, value]) => value === null)) return ''
  return createHash('sha256').update(JSON.stringify(values)).digest('hex')
}

type Tracked = {
  englishStatus?: EnglishStatus | null
  translationFingerprints?: { zh?: string | null; en?: string | null; zhAtEnglishEdit?: string | null } | null
}

/** What a collection's and a global's `beforeChange` hooks both receive, so one hook serves both. */
type BeforeChangeArgs = { data: Record<string, unknown>; originalDoc?: Record<string, unknown> & Tracked; req: PayloadRequest }

/**
 * Records, on every save in Chinese or English, a fingerprint of that locale's localized field
 * values (not a timestamp: a save that changes no text changes nothing). When the English texts
 * change, the Chinese fingerprint of that moment is kept; the English is then "outdated" as soon
 * as the Chinese fingerprint differs from it, "missing" while it has no text at all.
 */
export const trackEnglishStatus =
  (fields: Field[]) =>
  ({ data, originalDoc, req }: BeforeChangeArgs) => {
    const locale = req.locale
    if (locale !== defaultLocale && locale !== translationLocale) return data
    const previous = originalDoc?.translationFingerprints ?? {}
    const current = fingerprint(fields, { ...originalDoc, ...data })
    const zh = locale === defaultLocale ? current : (previous.zh ?? '')
    const en = locale === translationLocale ? current : (previous.en ?? '')
    const englishEdited = locale === translationLocale && current !== (previous.en ?? '')
    const zhAtEnglishEdit = englishEdited ? zh : (previous.zhAtEnglishEdit ?? '')
    const englishStatus: EnglishStatus = !en ? 'missing' : zhAtEnglishEdit !== zh ? 'outdated' : 'current'
    return { ...data, englishStatus, translationFingerprints: { zh, en, zhAtEnglishEdit } } satisfies Tracked
  }

const noOne = () => false

/** The glossary check beside a document (it reads the document by collection and id). */
export const glossaryCheckField: Field = {
  name: 'glossaryCheck',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/admin/GlossaryPanel#GlossaryPanel' } },
}

export const englishStatusFieldName = 'englishStatus'

/**
 * The fields the hook keeps: the status (in the sidebar, and a column and filter for every list)
 * and the hidden fingerprints.
 */
export const englishStatusFields: Field[] = [
  {
    name: englishStatusFieldName,
    type: 'select',
    label: { en: 'English', zh: '英文翻译' },
    options: englishStatusOptions,
    index: true,
    access: { create: noOne, update: noOne },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'translationFingerprints',
    type: 'group',
    access: { create: noOne, update: noOne },
    admin: { hidden: true },
    fields: [
      { name: 'zh', type: 'text' },
      { name: 'en', type: 'text' },
      { name: 'zhAtEnglishEdit', type: 'text' },
    ],
  },
]

/** The status filters above a list view (src/components/admin/TranslationFilters.tsx). */
export function translationFilters(statusField: string, overriddenField?: string): CustomComponent {
  const serverProps: TranslationFiltersProps = { statusField, ...(overriddenField && { overriddenField }) }
  return { path: '/components/admin/TranslationFilters#TranslationFilters', serverProps }
}

/** All the text of one locale's view of a document, for the glossary check. */
export function localizedText(fields: Field[], doc: unknown): string {
  return localizedValues(fields, doc)
    .map(([, value]) => value)
    .filter((value): value is string => typeof value === 'string')
    .join('\n')
}

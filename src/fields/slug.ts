import { pinyin } from 'pinyin-pro'
import type { Field, FieldHook, PayloadRequest, Where } from 'payload'

import { adminT } from '@/i18n/adminTranslations'
import { slugPattern } from '@/lib/paths'

const maxLength = 60

/**
 * Lower-case ASCII words joined by hyphens; Chinese is written in toneless pinyin, one syllable
 * per word, so a Chinese title still gives a readable address. '' when nothing is left.
 */
export function slugify(text: string): string {
  const romanized = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')
  const slug = romanized
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  // Cut at a word boundary so the address does not end in half a syllable.
  const cut = slug.slice(0, maxLength + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength)
}

/** The first of `base`, `base-2`, `base-3` … that no other document of the collection uses. */
async function firstFreeSlug(base: string, ...[{ req, collection, originalDoc }]: Parameters<FieldHook>) {
  if (!collection) return base
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const where: Where = { slug: { equals: candidate } }
    if (originalDoc?.id != null) where.id = { not_equals: originalDoc.id }
    const { totalDocs } = await req.payload.count({ collection: collection.slug, where, req, overrideAccess: true })
    if (totalDocs === 0) return candidate
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Until a document is first published its slug follows the title (autosave saves a first draft
 * before anything is typed, so the first title is rarely the final one); an address the editor
 * typed, or one that is already public, stays as it is.
 */
const fillSlug =
  (sourceField: string): FieldHook =>
  async (args) => {
    const { value, data, originalDoc } = args
    const typed = typeof value === 'string' ? value.trim() : ''
    const previous = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
    if (typed && typed !== previous) return slugify(typed) || typed
    if (previous && originalDoc?._status === 'published') return previous

    const previousSource = originalDoc?.[sourceField]
    const previousBase = typeof previousSource === 'string' ? slugify(previousSource) : ''
    const wasGenerated = !previous || (previousBase !== '' && new RegExp(`^${escapeRegExp(previousBase)}(-\\d+)?$`).test(previous))
    if (!wasGenerated) return previous

    const source = data?.[sourceField]
    const base = typeof source === 'string' ? slugify(source) : ''
    // No title yet (an empty first draft): leave it empty; publishing requires a title and a slug.
    if (!base) return previous || undefined
    return firstFreeSlug(base, args)
  }

/** One readable ASCII slug per document, shared by both locales, unique per collection. */
export function slugField(sourceField = 'title', { reserved = [] as string[] } = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    label: { en: 'Slug (web address)', zh: '网址别名' },
    unique: true,
    index: true,
    required: true,
    validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) => {
      if (value && !slugPattern.test(value)) return adminT(req, 'slugInvalid')
      if (value && reserved.includes(value)) return adminT(req, 'slugReserved', { slug: value })
      return true
    },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Lower-case letters, digits and hyphens, shared by both languages. Leave empty to generate it from the title.',
        zh: '小写字母、数字和连字符，中英文共用。留空则按标题自动生成（中文转为拼音）。',
      },
    },
    hooks: { beforeValidate: [fillSlug(sourceField)] },
  }
}

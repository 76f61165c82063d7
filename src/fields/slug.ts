import type { Field, FieldHook } from 'payload'

/** Lower-case ASCII words joined by hyphens; '' when nothing ASCII is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

const fillSlug =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value) || value
    const source = data?.[sourceField]
    const fromSource = typeof source === 'string' ? slugify(source) : ''
    // Chinese titles have no ASCII to build from: fall back to a short unique token.
    return fromSource || `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  }

/** One readable ASCII slug per document, shared by both locales and unique per collection. */
export function slugField(sourceField = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    required: true,
    admin: { position: 'sidebar', description: { en: 'Leave empty to generate it from the title.', zh: '留空则按标题自动生成。' } },
    hooks: { beforeValidate: [fillSlug(sourceField)] },
  }
}

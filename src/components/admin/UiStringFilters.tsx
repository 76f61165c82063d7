import type { BeforeListTableServerProps, Where } from 'payload'

import type { AdminTranslationKey } from '@/i18n/adminTranslations'

const filters: { label: AdminTranslationKey; query: string; where?: Where }[] = [
  { label: 'uiStringFilterAll', query: '' },
  { label: 'uiStringFilterMissing', query: 'where[enStatus][equals]=missing', where: { enStatus: { equals: 'missing' } } },
  { label: 'uiStringFilterOutdated', query: 'where[enStatus][equals]=outdated', where: { enStatus: { equals: 'outdated' } } },
  { label: 'uiStringFilterOverridden', query: 'where[overridden][equals]=true', where: { overridden: { equals: true } } },
]

/** One-click filters above the UI-string list, with how many rows each holds. */
export async function UiStringFilters({ payload, i18n, collectionSlug, searchParams }: BeforeListTableServerProps) {
  const base = `${payload.config.routes.admin}/collections/${collectionSlug}`
  const current = new URLSearchParams(searchParams as Record<string, string>).toString()
  const counts = await Promise.all(
    filters.map(async ({ where }) => (await payload.count({ collection: 'ui-strings', where, overrideAccess: true })).totalDocs),
  )
  const t = i18n.t as (key: string) => string
  return (
    <nav className="ui-string-filters" aria-label={t('general:filters')}>
      {filters.map(({ label, query }, index) => (
        <a
          key={label}
          href={query ? `${base}?${query}` : base}
          aria-current={decodeURIComponent(current) === query || (!query && !current.includes('where')) ? 'page' : undefined}
        >
          {t(`custom:${label}`)} ({counts[index]})
        </a>
      ))}
    </nav>
  )
}

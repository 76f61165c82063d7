import type { BeforeListTableServerProps, CollectionSlug, Where } from 'payload'

import type { AdminTranslationKey } from '@/i18n/adminTranslations'

export type TranslationFiltersProps = { statusField: string; overriddenField?: string }

type Filter = { label: AdminTranslationKey; query: string; where?: Where }

/**
 * One-click filters above a list of translatable rows (all, English missing, English outdated,
 * and overridden where that applies), each with how many rows it holds. Plain links: the list
 * view reads `where` from the address.
 */
export async function TranslationFilters({
  payload,
  i18n,
  collectionSlug,
  searchParams,
  statusField,
  overriddenField,
}: BeforeListTableServerProps & TranslationFiltersProps) {
  const filters: Filter[] = [
    { label: 'translationFilterAll', query: '' },
    ...(['missing', 'outdated'] as const).map((status) => ({
      label: status === 'missing' ? ('translationFilterMissing' as const) : ('translationFilterOutdated' as const),
      query: `where[${statusField}][equals]=${status}`,
      where: { [statusField]: { equals: status } },
    })),
    ...(overriddenField
      ? [{ label: 'translationFilterOverridden' as const, query: `where[${overriddenField}][equals]=true`, where: { [overriddenField]: { equals: true } } }]
      : []),
  ]
  const base = `${payload.config.routes.admin}/collections/${collectionSlug}`
  const current = decodeURIComponent(new URLSearchParams(searchParams as Record<string, string>).toString())
  const counts = await Promise.all(
    filters.map(async ({ where }) => (await payload.count({ collection: collectionSlug as CollectionSlug, where, overrideAccess: true })).totalDocs),
  )
  const t = i18n.t as (key: string) => string
  return (
    <nav className="translation-filters" aria-label={t('general:filters')}>
      {filters.map(({ label, query }, index) => (
        <a key={label} href={query ? `${base}?${query}` : base} aria-current={(query ? current.includes(query) : !current.includes('where')) ? 'page' : undefined}>
          {t(`custom:${label}`)} ({counts[index]})
        </a>
      ))}
    </nav>
  )
}

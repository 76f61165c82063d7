import { getTranslations } from 'next-intl/server'

import { notFoundPage } from '@/components/NotFoundView'
import { PolicyItem } from '@/components/cards'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { policyValidities } from '@/collections/Policies'
import type { Locale } from '@/i18n/locales'
import { getCategories } from '@/lib/data/categories'
import { getIssuingBodies, getPolicyYears, listPolicies } from '@/lib/data/policies'
import { knownFilters, parsePage, pickAllowed, pickYear, type Query } from '@/lib/listParams'
import { publicPaths } from '@/lib/paths'

/** The list with the filters of `query`; an unknown filter value or a page number out of range is a 404. */
export async function PolicyList({ locale, query }: { locale: Locale; query: Query }) {
  const page = parsePage(query.page)
  if (!page) return notFoundPage()
  const [t, types, issuers, years] = await Promise.all([
    getTranslations('Policy'),
    getCategories(locale, 'policies'),
    getIssuingBodies(locale),
    getPolicyYears(),
  ])
  const filters = knownFilters({
    type: pickAllowed(query.type, types.map((type) => type.slug)),
    issuer: pickAllowed(query.issuer, issuers.map((issuer) => issuer.key)),
    year: pickYear(query.year, years),
    validity: pickAllowed(query.validity, policyValidities),
  })
  if (!filters) return notFoundPage()
  const issuerName = issuers.find((issuer) => issuer.key === filters.issuer)?.name
  const result = await listPolicies(locale, { ...filters, issuer: issuerName, page })
  if (page > Math.max(result.totalPages, 1)) return notFoundPage()

  return (
    <>
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </header>
      <FilterForm
        action={publicPaths.policyList()}
        fields={[
          {
            name: 'type',
            label: t('type'),
            value: filters.type,
            allLabel: t('allTypes'),
            options: types.map((type) => ({ value: type.slug, label: type.title })),
          },
          {
            name: 'issuer',
            label: t('issuingBody'),
            value: filters.issuer,
            allLabel: t('allIssuers'),
            options: issuers.map((issuer) => ({ value: issuer.key, label: issuer.name })),
          },
          {
            name: 'year',
            label: t('year'),
            value: filters.year?.toString(),
            allLabel: t('allYears'),
            options: years.map((year) => ({ value: String(year), label: t('yearLabel', { year }) })),
          },
          {
            name: 'validity',
            label: t('validity'),
            value: filters.validity,
            allLabel: t('allValidities'),
            options: policyValidities.map((validity) => ({ value: validity, label: t(`validityLabels.${validity}`) })),
          },
        ]}
      />
      <p className="meta" role="status">
        {t('count', { count: result.totalDocs })}
      </p>
      {result.docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="policy-list">
          {result.docs.map((policy) => (
            <li key={policy.id}>
              <PolicyItem policy={policy} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination path={publicPaths.policyList()} filters={filters} page={page} totalPages={result.totalPages} />
    </>
  )
}

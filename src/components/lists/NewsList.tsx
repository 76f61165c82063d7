import { getTranslations } from 'next-intl/server'

import { notFoundPage } from '@/components/NotFoundView'
import { NewsCard } from '@/components/cards'
import { FeedLink } from '@/components/FeedLink'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import type { Locale } from '@/i18n/locales'
import { getCategories } from '@/lib/data/categories'
import { getNewsYears, listNews } from '@/lib/data/news'
import { knownFilters, parsePage, pickAllowed, pickYear, type Query } from '@/lib/listParams'
import { publicPaths } from '@/lib/paths'

/** The list with the filters of `query`; an unknown filter value or a page number out of range is a 404. */
export async function NewsList({ locale, query }: { locale: Locale; query: Query }) {
  const page = parsePage(query.page)
  if (!page) return notFoundPage()
  const [t, categories, years] = await Promise.all([getTranslations('News'), getCategories(locale, 'news'), getNewsYears()])
  const filters = knownFilters({
    category: pickAllowed(query.category, categories.map((category) => category.slug)),
    year: pickYear(query.year, years),
  })
  if (!filters) return notFoundPage()
  const result = await listNews(locale, { ...filters, page })
  if (page > Math.max(result.totalPages, 1)) return notFoundPage()

  return (
    <>
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
        <FeedLink locale={locale} />
      </header>
      <FilterForm
        action={publicPaths.newsList()}
        fields={[
          {
            name: 'category',
            label: t('category'),
            value: filters.category,
            allLabel: t('allCategories'),
            options: categories.map((category) => ({ value: category.slug, label: category.title })),
          },
          {
            name: 'year',
            label: t('year'),
            value: filters.year?.toString(),
            allLabel: t('allYears'),
            options: years.map((year) => ({ value: String(year), label: t('yearLabel', { year }) })),
          },
        ]}
      />
      <p className="meta" role="status">
        {t('count', { count: result.totalDocs })}
      </p>
      {result.docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="card-list">
          {result.docs.map((item, index) => (
            <li key={item.id}>
              <NewsCard item={item} locale={locale} headingLevel={2} first={index === 0} />
            </li>
          ))}
        </ul>
      )}
      <Pagination path={publicPaths.newsList()} filters={filters} page={page} totalPages={result.totalPages} />
    </>
  )
}

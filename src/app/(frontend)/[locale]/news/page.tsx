import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { NewsCard } from '@/components/cards'
import { FeedLink } from '@/components/FeedLink'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { isLocale } from '@/i18n/locales'
import { getCategories } from '@/lib/data/categories'
import { getNewsYears, listNews } from '@/lib/data/news'
import { parsePage, pickAllowed, pickYear, type Query } from '@/lib/listParams'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

// Filters and page numbers come from the query, so the page renders per request; its data reads
// are cached and revalidated on publish like every other page's.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'News' })
  return pageMetadata(locale, publicPaths.newsList(), { title: t('title'), description: t('description') })
}

export default async function NewsListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const page = parsePage(query.page)
  if (!page) notFound()
  const [t, categories, years] = await Promise.all([getTranslations('News'), getCategories(locale, 'news'), getNewsYears()])
  const filters = {
    category: pickAllowed(query.category, categories.map((category) => category.slug)),
    year: pickYear(query.year, years),
  }
  const result = await listNews(locale, { ...filters, page })
  if (page > Math.max(result.totalPages, 1)) notFound()

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
          {result.docs.map((item) => (
            <li key={item.id}>
              <NewsCard item={item} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination path={publicPaths.newsList()} filters={filters} page={page} totalPages={result.totalPages} />
    </>
  )
}

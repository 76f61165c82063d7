import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { SearchForm } from '@/components/SearchForm'
import { Link } from '@/i18n/navigation'
import { isLocale } from '@/i18n/locales'
import { MAX_QUERY_LENGTH, searchPublished } from '@/lib/data/search'
import { fallbackLang } from '@/lib/fallbackLang'
import type { Query } from '@/lib/listParams'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

// Filters and page numbers come from the query, so the page renders per request; its data reads
// are cached and revalidated on publish like every other page's.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Search' })
  return { ...pageMetadata(locale, publicPaths.search(), { title: t('title') }), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, MAX_QUERY_LENGTH).trim() ?? ''
  const [t, hits] = await Promise.all([getTranslations('Search'), query ? searchPublished(locale, query) : []])

  return (
    <>
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <SearchForm defaultValue={query} />
      {query ? (
        <>
          <p className="meta" role="status">
            {t('count', { count: hits.length, query })}
          </p>
          {hits.length === 0 ? <p>{t('none')}</p> : null}
          <ul className="search-results">
            {hits.map((hit) => (
              <li key={hit.path}>
                <p className="eyebrow">{t(`types.${hit.collection}`)}</p>
                <h2 lang={fallbackLang(hit.title, locale)}>
                  <Link href={hit.path}>{hit.title}</Link>
                </h2>
                {hit.summary ? <p lang={fallbackLang(hit.summary, locale)}>{hit.summary}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

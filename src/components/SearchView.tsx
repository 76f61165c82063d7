import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { HighlightedText } from '@/components/HighlightedText'
import { notFoundPage } from '@/components/NotFoundView'
import { Pagination } from '@/components/Pagination'
import { PartialDate } from '@/components/PartialDate'
import { SearchForm } from '@/components/SearchForm'
import { Link } from '@/i18n/navigation'
import { isLocale, type Locale } from '@/i18n/locales'
import { getSearchYears, searchPublished } from '@/lib/data/search'
import { fallbackLang } from '@/lib/fallbackLang'
import { listHref } from '@/lib/listParams'
import { publicPaths } from '@/lib/paths'
import { searchFromSegment, type SearchRequest } from '@/lib/searchQuery'

const plain = (parts: { text: string }[]) => parts.map((part) => part.text).join('')

type Props = {
  locale: Locale
  request: SearchRequest
  /** How the page is rendered, which decides how it says "not found" (notFoundPage). */
  rendered: 'cached' | 'per request'
}

/** The search page: the form with its filters and, for a query, the results; a page beyond the last is a 404. */
export async function SearchView({ locale, request, rendered }: Props) {
  const [t, years, result] = await Promise.all([
    getTranslations('Search'),
    getSearchYears(locale),
    request.q ? searchPublished(locale, request) : null,
  ])
  if (result && request.page > Math.max(result.totalPages, 1)) return notFoundPage({ perRequest: rendered === 'per request' })
  const filters = { q: request.q, type: request.type, year: request.year }

  return (
    <>
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <SearchForm request={request} years={years} />
      {result ? (
        <>
          <p className="meta" role="status">
            {t(result.more ? 'countMore' : 'count', { count: result.total, query: request.q })}
          </p>
          {result.total === 0 ? (
            <>
              <p>{t('none')}</p>
              {result.unfilteredTotal ? (
                <p>
                  <Link href={listHref(publicPaths.search(), { q: request.q })}>
                    {t('withoutFilters', { count: result.unfilteredTotal })}
                  </Link>
                </p>
              ) : null}
              {result.suggestions.length > 0 ? (
                <>
                  <h2>{t('suggestions')}</h2>
                  <ul className="search-suggestions">
                    {result.suggestions.map((suggestion) => (
                      <li key={suggestion.path}>
                        <Link href={suggestion.path} lang={fallbackLang(suggestion.title, locale)}>
                          {suggestion.title}
                        </Link>{' '}
                        <span className="meta">{t(`types.${suggestion.collection}`)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <ol className="search-results">
              {result.hits.map((hit) => (
                <li key={hit.path}>
                  <p className="eyebrow">
                    {t(`types.${hit.collection}`)}
                    {hit.date ? ' · ' : null}
                    <PartialDate value={hit.date} precision={hit.datePrecision} locale={locale} />
                  </p>
                  <h2 lang={fallbackLang(plain(hit.title), locale)}>
                    <Link href={hit.path}>
                      <HighlightedText parts={hit.title} />
                    </Link>
                  </h2>
                  <p lang={fallbackLang(plain(hit.snippet), locale)}>
                    <HighlightedText parts={hit.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination path={publicPaths.search()} filters={filters} page={request.page} totalPages={result.totalPages} />
        </>
      ) : null}
    </>
  )
}

/**
 * The page of one search, from the path segment src/proxy.ts rewrote it to (`/search/q/…` cached,
 * `/search/long/…` per request); a segment not in canonical form was not sent by the proxy.
 */
export async function SearchResults({ params, rendered }: { params: Promise<{ locale: string; query: string }>; rendered: Props['rendered'] }) {
  const { locale, query } = await params
  const request = searchFromSegment(query)
  if (!isLocale(locale) || !request) notFound()
  setRequestLocale(locale)
  return <SearchView locale={locale} request={request} rendered={rendered} />
}

import { getLocale, getTranslations } from 'next-intl/server'

import { getPathname } from '@/i18n/navigation'
import { publicPaths } from '@/lib/paths'
import { MAX_QUERY_LENGTH, searchTypes, type SearchRequest } from '@/lib/searchQuery'

type Props = {
  request?: Partial<SearchRequest>
  /** The years to filter by; without them the form has no filters (as on the 404 page). */
  years?: number[]
}

/** The site search as a plain GET form (works without JavaScript), for the search and 404 pages. */
export async function SearchForm({ request = {}, years }: Props) {
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()])
  return (
    <form method="get" action={getPathname({ href: publicPaths.search(), locale })} role="search" className="search-form">
      <label htmlFor="search-q">{t('label')}</label>
      <input id="search-q" name="q" type="search" defaultValue={request.q} maxLength={MAX_QUERY_LENGTH} required />
      {years ? (
        <>
          <div className="filters__field">
            <label htmlFor="search-type">{t('type')}</label>
            <select id="search-type" name="type" defaultValue={request.type ?? ''}>
              <option value="">{t('allTypes')}</option>
              {searchTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filters__field">
            <label htmlFor="search-year">{t('year')}</label>
            <select id="search-year" name="year" defaultValue={request.year?.toString() ?? ''}>
              <option value="">{t('allYears')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {t('yearLabel', { year })}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  )
}

import { getLocale, getTranslations } from 'next-intl/server'

import { getPathname } from '@/i18n/navigation'
import { MAX_QUERY_LENGTH } from '@/lib/data/search'
import { publicPaths } from '@/lib/paths'

/** The site search as a plain GET form (works without JavaScript), for the search and 404 pages. */
export async function SearchForm({ defaultValue = '' }: { defaultValue?: string }) {
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()])
  return (
    <form method="get" action={getPathname({ href: publicPaths.search(), locale })} role="search" className="search-form">
      <label htmlFor="search-q">{t('label')}</label>
      <input id="search-q" name="q" type="search" defaultValue={defaultValue} maxLength={MAX_QUERY_LENGTH} required />
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  )
}

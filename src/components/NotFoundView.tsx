import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { SearchForm } from '@/components/SearchForm'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { PAGE_STATUS_META } from '@/server/pageStatus.mjs'

/**
 * "Page not found", with the site search, inside the locale's layout. Pages render it for what they
 * cannot find (through notFoundPage) instead of calling notFound(), whose content Next 16 leaves to
 * the browser; the meta makes the cached page a 404 (src/server/pageStatus.mjs).
 */
export async function NotFoundView() {
  const t = await getTranslations('NotFound')
  return (
    <section className="not-found">
      <meta name={PAGE_STATUS_META} content="404" />
      <meta name="robots" content="noindex" />
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>{t('search')}</p>
      <SearchForm />
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </section>
  )
}

/**
 * What a page shows for something it cannot find. Only a page that goes into the page cache gets
 * its 404 status from NotFoundView's declaration; one rendered per request (in draft mode, in
 * development, where no page is stored, or a search too long to cache) throws notFound(), and
 * Next renders not-found.tsx in the browser.
 */
export async function notFoundPage({ perRequest = false }: { perRequest?: boolean } = {}) {
  if (perRequest || process.env.NODE_ENV === 'development' || (await draftMode()).isEnabled) notFound()
  return <NotFoundView />
}

/** The title of a page that shows NotFoundView (which also keeps it out of search engines). */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('title') }
}

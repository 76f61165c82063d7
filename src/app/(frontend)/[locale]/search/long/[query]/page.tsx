import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { SearchView } from '@/components/SearchView'
import { isLocale } from '@/i18n/locales'
import { searchFromSegment } from '@/lib/searchQuery'

export { generateMetadata } from '../../q/[query]/page'

// A search too long to name a file in the page cache (src/proxy.ts sends it here): rendered per
// request, from the cached data read.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; query: string }> }

export default async function LongSearchResultsPage({ params }: Props) {
  const { locale, query } = await params
  const request = searchFromSegment(query)
  if (!isLocale(locale) || !request) notFound()
  setRequestLocale(locale)
  return <SearchView locale={locale} request={request} rendered="per request" />
}

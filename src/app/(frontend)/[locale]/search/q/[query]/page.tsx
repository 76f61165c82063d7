import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { SearchResults } from '@/components/SearchView'
import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'
import { searchFromSegment } from '@/lib/searchQuery'

export const revalidate = 3600

// One cached page per canonical search, rendered on first request (src/proxy.ts rewrites here).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; query: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, query } = await params
  const request = searchFromSegment(query)
  if (!isLocale(locale) || !request) return {}
  const t = await getTranslations({ locale, namespace: 'Search' })
  return {
    ...pageMetadata(locale, publicPaths.search(), { title: t('resultsTitle', { query: request.q }) }),
    robots: { index: false },
  }
}

export default function SearchResultsPage({ params }: Props) {
  return <SearchResults params={params} rendered="cached" />
}

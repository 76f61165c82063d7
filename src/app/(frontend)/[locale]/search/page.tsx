import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { SearchView } from '@/components/SearchView'
import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Search' })
  return { ...pageMetadata(locale, publicPaths.search(), { title: t('title') }), robots: { index: false } }
}

/** The search form alone; a search comes through src/proxy.ts to ./q/[query], cached per query. */
export default async function SearchPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return <SearchView locale={locale} request={{ q: '', page: 1 }} rendered="cached" />
}

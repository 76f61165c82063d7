import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ProjectList } from '@/components/lists/ProjectList'
import { isLocale } from '@/i18n/locales'

export { generateMetadata } from '../../page'

export const revalidate = 3600

// One cached page per filter combination, rendered on first request (src/proxy.ts rewrites here).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; query: string }> }

export default async function FilteredProjectListPage({ params }: Props) {
  const { locale, query } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return <ProjectList locale={locale} query={Object.fromEntries(new URLSearchParams(decodeURIComponent(query)))} />
}

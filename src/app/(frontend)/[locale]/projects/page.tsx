import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ProjectList } from '@/components/lists/ProjectList'
import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

export const revalidate = 3600

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Project' })
  return pageMetadata(locale, publicPaths.projectList(), { title: t('title'), description: t('description') })
}

/** The unfiltered first page; filtered lists come through src/proxy.ts to ./q/[query]. */
export default async function ProjectListPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return <ProjectList locale={locale} query={{}} />
}

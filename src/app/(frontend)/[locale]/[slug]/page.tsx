import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { notFoundMetadata, notFoundPage } from '@/components/NotFoundView'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageBlocks } from '@/components/blocks/PageBlocks'
import { isLocale } from '@/i18n/locales'
import { getPageBySlug } from '@/lib/data/pages'
import { fallbackLang } from '@/lib/fallbackLang'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const page = await getPageBySlug(locale, slug)
  if (!page) return notFoundMetadata(locale)
  return pageMetadata(locale, publicPaths.page(slug), { title: page.title, description: page.summary, meta: page.meta })
}

/** Editor-built pages: About, Chengdu-Chongqing cooperation, and any other at /[locale]/[slug]. */
export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const page = await getPageBySlug(locale, slug)
  if (!page) return notFoundPage()
  return (
    <article className="document page">
      <Breadcrumbs items={[{ label: page.title }]} />
      <FallbackNotice locale={locale} texts={[page.title, page.summary]} />
      <header>
        <h1 lang={fallbackLang(page.title, locale)}>{page.title}</h1>
        {page.summary ? (
          <p className="lead" lang={fallbackLang(page.summary, locale)}>
            {page.summary}
          </p>
        ) : null}
      </header>
      <PageBlocks blocks={page.layout} locale={locale} />
    </article>
  )
}

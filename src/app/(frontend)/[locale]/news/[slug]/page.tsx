import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { notFoundMetadata, notFoundPage } from '@/components/NotFoundView'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import { Link } from '@/i18n/navigation'
import { isLocale } from '@/i18n/locales'
import { getAdjacentNews, getNewsBySlug } from '@/lib/data/news'
import { populated, populatedList } from '@/lib/data/populated'
import { fallbackLang, richTextPlain } from '@/lib/fallbackLang'
import { formatDate, isoDate } from '@/lib/format'
import { pageMetadata, siteUrl } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

export const revalidate = 3600

// Rendered on first request, then cached until an editor's change revalidates it.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const item = await getNewsBySlug(locale, slug)
  if (!item) return notFoundMetadata(locale)
  return pageMetadata(locale, publicPaths.news(slug), { title: item.title, description: item.summary, meta: item.meta, type: 'article' })
}

export default async function NewsItemPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const item = await getNewsBySlug(locale, slug)
  if (!item) return notFoundPage()
  const [t, adjacent] = await Promise.all([getTranslations('News'), getAdjacentNews(locale, item)])
  const body = richTextPlain(item.body)
  const cover = populated(item.cover)
  const category = populated(item.category)
  const projects = populatedList(item.relatedProjects)
  const policies = populatedList(item.relatedPolicies)

  return (
    <article className="document">
      <Breadcrumbs items={[{ label: t('title'), href: publicPaths.newsList() }, { label: item.title }]} />
      <JsonLd
        data={{
          '@type': 'NewsArticle',
          headline: item.title,
          description: item.summary ?? undefined,
          datePublished: item.publishedAt,
          dateModified: item.updatedAt,
          inLanguage: locale === 'zh' ? 'zh-CN' : 'en',
          url: new URL(`/${locale}${publicPaths.news(item.slug)}`, siteUrl()).toString(),
          ...(cover?.url && { image: new URL(cover.url, siteUrl()).toString() }),
          ...(item.source && { publisher: { '@type': 'GovernmentOrganization', name: item.source } }),
        }}
      />
      <FallbackNotice locale={locale} texts={[item.title, item.summary, body]} />
      <header>
        {category ? <p className="eyebrow">{category.title}</p> : null}
        <h1 lang={fallbackLang(item.title, locale)}>{item.title}</h1>
        <p className="meta">
          <span>
            {t('published')} <time dateTime={isoDate(item.publishedAt)}>{formatDate(locale, item.publishedAt)}</time>
          </span>
          <span>
            {t('updated')} <time dateTime={isoDate(item.updatedAt)}>{formatDate(locale, item.updatedAt)}</time>
          </span>
          {item.source ? <span>{t('source', { source: item.source })}</span> : null}
        </p>
        {item.summary ? (
          <p className="lead" lang={fallbackLang(item.summary, locale)}>
            {item.summary}
          </p>
        ) : null}
      </header>
      {cover ? (
        <figure className="cover">
          <MediaImage media={cover} sizes="(min-width: 1024px) 960px, 100vw" priority />
          {cover.caption ? <figcaption>{cover.caption}</figcaption> : null}
        </figure>
      ) : null}
      <div lang={fallbackLang(body, locale)}>
        <RichText data={item.body} />
      </div>
      {projects.length > 0 || policies.length > 0 ? (
        <aside className="related">
          {projects.length > 0 ? (
            <section>
              <h2>{t('relatedProjects')}</h2>
              <ul>
                {projects.map((project) => (
                  <li key={project.id}>
                    <Link href={publicPaths.project(project.slug)}>{project.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {policies.length > 0 ? (
            <section>
              <h2>{t('relatedPolicies')}</h2>
              <ul>
                {policies.map((policy) => (
                  <li key={policy.id}>
                    <Link href={publicPaths.policy(policy.slug)}>{policy.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      ) : null}
      <nav className="adjacent" aria-label={t('adjacent')}>
        {adjacent.newer ? (
          <Link href={publicPaths.news(adjacent.newer.slug)} rel="next">
            <span className="meta">{t('newer')}</span> {adjacent.newer.title}
          </Link>
        ) : null}
        {adjacent.older ? (
          <Link href={publicPaths.news(adjacent.older.slug)} rel="prev">
            <span className="meta">{t('older')}</span> {adjacent.older.title}
          </Link>
        ) : null}
      </nav>
    </article>
  )
}

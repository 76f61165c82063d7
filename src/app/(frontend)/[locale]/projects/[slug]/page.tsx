import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { notFoundMetadata, notFoundPage } from '@/components/NotFoundView'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FallbackNotice } from '@/components/FallbackNotice'
import { MediaImage } from '@/components/MediaImage'
import { PartialDate } from '@/components/PartialDate'
import { RichText } from '@/components/RichText'
import { Link } from '@/i18n/navigation'
import { isLocale } from '@/i18n/locales'
import { populated, populatedList } from '@/lib/data/populated'
import { getProjectBySlug } from '@/lib/data/projects'
import { moneyAmount } from '@/lib/format'
import { fallbackLang, richTextPlain } from '@/lib/fallbackLang'
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
  const project = await getProjectBySlug(locale, slug)
  if (!project) return notFoundMetadata(locale)
  return pageMetadata(locale, publicPaths.project(slug), { title: project.name, description: project.summary, meta: project.meta })
}

export default async function ProjectPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const project = await getProjectBySlug(locale, slug)
  if (!project) return notFoundPage()
  const t = await getTranslations('Project')
  const cover = populated(project.cover)
  const category = populated(project.category)
  const gallery = populatedList(project.gallery)
  const news = populatedList(project.relatedNews?.docs)

  const facts: [string, React.ReactNode][] = [
    [t('status'), project.status ? t(`statusLabels.${project.status}`) : t('statusUnknown')],
    [t('category'), category?.title],
    [t('investment'), project.investment != null ? t('investmentValue', { amount: moneyAmount(locale, project.investment) }) : null],
    [t('startDate'), project.startDate ? <PartialDate key="startDate" value={project.startDate} precision={project.startDatePrecision} locale={locale} /> : null],
    [t('expectedCompletion'), project.expectedCompletion ? <PartialDate key="expectedCompletion" value={project.expectedCompletion} precision={project.expectedCompletionPrecision} locale={locale} /> : null],
    [t('location'), project.location?.area],
  ]

  return (
    <article className="document">
      <Breadcrumbs items={[{ label: t('title'), href: publicPaths.projectList() }, { label: project.name }]} />
      <FallbackNotice locale={locale} texts={[project.name, project.summary, richTextPlain(project.body)]} />
      <header>
        <h1 lang={fallbackLang(project.name, locale)}>{project.name}</h1>
        {project.summary ? (
          <p className="lead" lang={fallbackLang(project.summary, locale)}>
            {project.summary}
          </p>
        ) : null}
      </header>
      {project.progress != null ? (
        <div className="progress">
          <span id="progress-label">{t('progress')}</span>
          <progress aria-labelledby="progress-label" max={100} value={project.progress}>
            {project.progress}%
          </progress>
          <span>{t('progressValue', { percent: project.progress })}</span>
        </div>
      ) : null}
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {cover ? (
        <figure className="cover">
          <MediaImage media={cover} sizes="(min-width: 1024px) 960px, 100vw" priority />
        </figure>
      ) : null}
      <RichText data={project.body} />
      {project.updates?.length ? (
        <section>
          <h2>{t('updates')}</h2>
          <ol className="updates">
            {project.updates.map((update) => (
              <li key={update.id}>
                <PartialDate value={update.date} precision={update.datePrecision} locale={locale} />
                <p>{update.text}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {gallery.length > 0 ? (
        <section>
          <h2>{t('gallery')}</h2>
          <div className="gallery">
            {gallery.map((image) => (
              <MediaImage key={image.id} media={image} sizes="(min-width: 1024px) 320px, 50vw" />
            ))}
          </div>
        </section>
      ) : null}
      {news.length > 0 ? (
        <section className="related">
          <h2>{t('relatedNews')}</h2>
          <ul>
            {news.map((item) => (
              <li key={item.id}>
                <Link href={publicPaths.news(item.slug)}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}

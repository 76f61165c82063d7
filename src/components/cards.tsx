import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { populated } from '@/lib/data/populated'
import { fallbackLang } from '@/lib/fallbackLang'
import { formatDate, isoDate } from '@/lib/format'
import { publicPaths } from '@/lib/paths'
import type { News, Policy, Project } from '@/payload-types'

import { MediaImage } from './MediaImage'
import { PartialDate } from './PartialDate'

/** `first`: the card at the top of its list, whose image is likely the largest thing on the first screen: loaded at once. */
export async function NewsCard({ item, locale, headingLevel = 3, first = false }: { item: News; locale: Locale; headingLevel?: 2 | 3; first?: boolean }) {
  const t = await getTranslations('News')
  const cover = populated(item.cover)
  const category = populated(item.category)
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card card--news">
      {cover ? <MediaImage media={cover} sizes="(min-width: 768px) 320px, 100vw" className="card__image" priority={first} /> : null}
      <div className="card__body">
        {category ? <p className="eyebrow">{category.title}</p> : null}
        <Heading lang={fallbackLang(item.title, locale)}>
          <Link href={publicPaths.news(item.slug)}>{item.title}</Link>
        </Heading>
        <p className="meta">
          <time dateTime={isoDate(item.publishedAt)}>{formatDate(locale, item.publishedAt)}</time>
          {item.source ? <span>{t('source', { source: item.source })}</span> : null}
        </p>
        {item.summary ? <p lang={fallbackLang(item.summary, locale)}>{item.summary}</p> : null}
      </div>
    </article>
  )
}

export async function ProjectCard({ project, locale, headingLevel = 3 }: { project: Project; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('Project')
  const category = populated(project.category)
  const Heading = `h${headingLevel}` as const
  return (
    <article className="card card--project">
      <div className="card__body">
        {category ? <p className="eyebrow">{category.title}</p> : null}
        <Heading lang={fallbackLang(project.name, locale)}>
          <Link href={publicPaths.project(project.slug)}>{project.name}</Link>
        </Heading>
        <p>
          <span className={`badge badge--${project.status ?? 'unknown'}`}>
            {project.status ? t(`statusLabels.${project.status}`) : t('statusUnknown')}
          </span>
        </p>
        {project.progress != null ? (
          <p className="meta">
            <progress max={100} value={project.progress} aria-label={t('progress')} /> {t('progressValue', { percent: project.progress })}
          </p>
        ) : null}
        {project.summary ? <p lang={fallbackLang(project.summary, locale)}>{project.summary}</p> : null}
      </div>
    </article>
  )
}

export async function PolicyItem({ policy, locale, headingLevel = 3 }: { policy: Policy; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('Policy')
  const type = populated(policy.category)
  const Heading = `h${headingLevel}` as const
  return (
    <article className="policy-item">
      <Heading lang={fallbackLang(policy.title, locale)}>
        <Link href={publicPaths.policy(policy.slug)}>{policy.title}</Link>
      </Heading>
      <p className="meta">
        {type ? <span>{type.title}</span> : null}
        {policy.documentNumber ? <span>{policy.documentNumber}</span> : null}
        {policy.issuingBody ? <span>{policy.issuingBody}</span> : null}
        <PartialDate value={policy.issueDate} precision={policy.issueDatePrecision} locale={locale} />
        <span className={`badge badge--${policy.validity}`}>{t(`validityLabels.${policy.validity}`)}</span>
      </p>
    </article>
  )
}

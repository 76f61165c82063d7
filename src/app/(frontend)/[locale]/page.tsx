import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { NewsCard, PolicyItem, ProjectCard } from '@/components/cards'
import { IndicatorFigure } from '@/components/IndicatorFigure'
import { JsonLd } from '@/components/JsonLd'
import { MilestoneEntry } from '@/components/MilestoneEntry'
import { ProjectStatusChart } from '@/components/ProjectStatusChart'
import { Link } from '@/i18n/navigation'
import { isLocale } from '@/i18n/locales'
import { getIndicators } from '@/lib/data/indicators'
import { getMilestones } from '@/lib/data/milestones'
import { getLatestNews } from '@/lib/data/news'
import { getRecentPolicies } from '@/lib/data/policies'
import { countProjectsByStatus, getFeaturedProjects } from '@/lib/data/projects'
import { getSiteSettings } from '@/lib/data/site'
import { pageMetadata, siteUrl } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'

export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  return pageMetadata(locale, publicPaths.home(), { title: settings.siteName, description: settings.tagline })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, settings, indicators, statusCounts, news, projects, policies, milestones] = await Promise.all([
    getTranslations('Home'),
    getSiteSettings(locale),
    getIndicators(locale, { featured: true }),
    countProjectsByStatus(),
    getLatestNews(locale, 4),
    getFeaturedProjects(locale),
    getRecentPolicies(locale, 5),
    getMilestones(locale),
  ])
  const now = new Date().toISOString()
  const latestMilestone = milestones.filter((milestone) => milestone.date <= now).at(-1)
  const nextMilestone = milestones.find((milestone) => milestone.date > now)

  return (
    <>
      <JsonLd
        data={{
          '@type': 'GovernmentOrganization',
          name: settings.siteName,
          description: settings.tagline ?? undefined,
          url: new URL(`/${locale}`, siteUrl()).toString(),
          ...(settings.contact?.email && { email: settings.contact.email }),
          ...(settings.contact?.phone && { telephone: settings.contact.phone }),
          ...(settings.contact?.organisation && { parentOrganization: { '@type': 'GovernmentOrganization', name: settings.contact.organisation } }),
        }}
      />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{settings.siteName}</h1>
        {settings.tagline ? <p className="lead">{settings.tagline}</p> : null}
        <p>{t('intro')}</p>
      </section>

      {indicators.length > 0 ? (
        <section aria-labelledby="key-figures">
          <h2 id="key-figures">{t('keyFigures')}</h2>
          <dl className="indicator-grid">
            {indicators.map((indicator) => (
              <IndicatorFigure key={indicator.id} indicator={indicator} locale={locale} />
            ))}
          </dl>
        </section>
      ) : null}

      <div className="home-columns">
        <section aria-labelledby="project-progress">
          <h2 id="project-progress">{t('projectProgress')}</h2>
          <ProjectStatusChart counts={statusCounts} />
        </section>
        <section aria-labelledby="milestones">
          <h2 id="milestones">{t('milestones')}</h2>
          <dl className="milestone-pair">
            {latestMilestone ? (
              <div>
                <dt>{t('latestMilestone')}</dt>
                <dd className="milestone">
                  <MilestoneEntry milestone={latestMilestone} locale={locale} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('nextMilestone')}</dt>
              <dd className="milestone">{nextMilestone ? <MilestoneEntry milestone={nextMilestone} locale={locale} /> : t('noNextMilestone')}</dd>
            </div>
          </dl>
          <p>
            <Link href={publicPaths.timeline()}>{t('allMilestones')}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t('latestNews')}</h2>
        {news.length === 0 ? <p>{t('noNews')}</p> : null}
        <ul className="card-list">
          {news.map((item) => (
            <li key={item.id}>
              <NewsCard item={item} locale={locale} />
            </li>
          ))}
        </ul>
        <p>
          <Link href={publicPaths.newsList()}>{t('allNews')}</Link>
        </p>
      </section>

      {projects.length > 0 ? (
        <section aria-labelledby="featured-projects">
          <h2 id="featured-projects">{t('featuredProjects')}</h2>
          <ul className="card-list">
            {projects.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} locale={locale} />
              </li>
            ))}
          </ul>
          <p>
            <Link href={publicPaths.projectList()}>{t('allProjects')}</Link>
          </p>
        </section>
      ) : null}

      {policies.length > 0 ? (
        <section aria-labelledby="recent-policies">
          <h2 id="recent-policies">{t('recentPolicies')}</h2>
          <ul className="policy-list">
            {policies.map((policy) => (
              <li key={policy.id}>
                <PolicyItem policy={policy} locale={locale} />
              </li>
            ))}
          </ul>
          <p>
            <Link href={publicPaths.policyList()}>{t('allPolicies')}</Link>
          </p>
        </section>
      ) : null}
    </>
  )
}

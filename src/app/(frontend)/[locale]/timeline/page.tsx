import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { MilestoneEntry } from '@/components/MilestoneEntry'
import { isLocale } from '@/i18n/locales'
import { getMilestones } from '@/lib/data/milestones'
import { isoDate } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata'
import { publicPaths } from '@/lib/paths'
import type { Milestone } from '@/payload-types'

export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Timeline' })
  return pageMetadata(locale, publicPaths.timeline(), { title: t('title'), description: t('description') })
}

export default async function TimelinePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, milestones] = await Promise.all([getTranslations('Timeline'), getMilestones(locale)])
  const byYear = new Map<string, Milestone[]>()
  for (const milestone of milestones) {
    const year = isoDate(milestone.date, 'year')
    byYear.set(year, [...(byYear.get(year) ?? []), milestone])
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('description')}</p>
      </header>
      {milestones.length === 0 ? <p>{t('none')}</p> : null}
      {[...byYear].map(([year, entries]) => (
        <section key={year} className="timeline-year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{t('year', { year })}</h2>
          <ol className="timeline">
            {entries.map((milestone) => (
              <li key={milestone.id} className="milestone">
                <MilestoneEntry milestone={milestone} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}

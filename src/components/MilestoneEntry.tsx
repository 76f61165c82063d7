import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { fallbackLang } from '@/lib/fallbackLang'
import { documentPath } from '@/lib/paths'
import type { Milestone } from '@/payload-types'

import { PartialDate } from './PartialDate'

/** One milestone: its date as precise as it is known, what happened, and where to read more. */
export async function MilestoneEntry({ milestone, locale }: { milestone: Milestone; locale: Locale }) {
  const t = await getTranslations('Timeline')
  const related = milestone.related && typeof milestone.related.value === 'object' ? milestone.related : null
  return (
    <>
      <PartialDate value={milestone.date} precision={milestone.datePrecision} locale={locale} className="milestone__date" />
      <h3 lang={fallbackLang(milestone.title, locale)}>{milestone.title}</h3>
      {milestone.description ? <p lang={fallbackLang(milestone.description, locale)}>{milestone.description}</p> : null}
      {related && typeof related.value === 'object' ? (
        <p>
          <Link href={documentPath(related.relationTo, related.value.slug)}>
            {t.rich('readMore', {
              title: milestone.title,
              hidden: (chunks) => (
                <span className="visually-hidden" lang={fallbackLang(milestone.title, locale)}>
                  {chunks}
                </span>
              ),
            })}
          </Link>
        </p>
      ) : null}
    </>
  )
}

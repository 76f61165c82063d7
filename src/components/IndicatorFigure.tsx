import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { formatDate, formatNumber, moneyAmount } from '@/lib/format'
import type { Indicator } from '@/payload-types'

/** One key figure: value with its unit and qualifier per locale, label, as-of date and source. */
export async function IndicatorFigure({ indicator, locale }: { indicator: Indicator; locale: Locale }) {
  const t = await getTranslations('Indicator')
  return (
    <div className="indicator">
      <dt>{indicator.label}</dt>
      <dd>
        <span className="indicator__value">
          {t('value', {
            qualifier: indicator.qualifier,
            unit: indicator.unit,
            value: formatNumber(locale, indicator.unit === 'cny100m' ? moneyAmount(locale, indicator.value) : indicator.value),
            measure: indicator.measureWord ?? '',
          })}
        </span>
        <span className="indicator__meta">
          {t('asOf', { date: formatDate(locale, indicator.asOf, indicator.asOfPrecision) })}
          {indicator.source ? ` · ${t('source', { source: indicator.source })}` : null}
        </span>
      </dd>
    </div>
  )
}

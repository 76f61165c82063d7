import type { Locale } from '@/i18n/locales'
import { formatDate, isoDate, type DatePrecision } from '@/lib/format'

type Props = { value: string | null | undefined; precision?: DatePrecision | null; locale: Locale; className?: string }

/** A date only as far as it is known (day, month or year), machine-readable too; nothing when absent. */
export function PartialDate({ value, precision, locale, className }: Props) {
  if (!value) return null
  return (
    <time dateTime={isoDate(value, precision)} className={className}>
      {formatDate(locale, value, precision)}
    </time>
  )
}

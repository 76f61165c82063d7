import type { Locale } from '@/i18n/locales'

/** The Intl locale for dates and numbers: Chinese conventions, and British English (day month year). */
const formatLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' }

const precisionOptions = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DatePrecision = keyof typeof precisionOptions

// Made once per locale and precision: building an Intl formatter costs far more than using it
// (a fresh one per date took about 1 ms of every search page's render).
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<Locale, Intl.NumberFormat>()

function reused<K, V>(made: Map<K, V>, key: K, make: () => V): V {
  let value = made.get(key)
  if (value === undefined) made.set(key, (value = make()))
  return value
}

/** A date shown only as far as it is known (day, month or year), in the Science City's time zone. */
export function formatDate(locale: Locale, iso: string, precision: DatePrecision | null | undefined = 'day'): string {
  const shown = precision ?? 'day'
  const format = reused(dateFormats, `${locale}:${shown}`, () => new Intl.DateTimeFormat(formatLocale[locale], { ...precisionOptions[shown], timeZone: 'Asia/Shanghai' }))
  return format.format(new Date(iso))
}

/** The machine-readable form for `<time dateTime>`, as precise as the date is known. */
export function isoDate(iso: string, precision: DatePrecision | null | undefined = 'day'): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
  return local.slice(0, { day: 10, month: 7, year: 4 }[precision ?? 'day'])
}

/**
 * An amount stored in hundreds of millions of yuan, in the unit each locale's message names:
 * hundreds of millions in Chinese, billions in English (1632 becomes 163.2).
 */
export function moneyAmount(locale: Locale, hundredMillions: number): number {
  return locale === 'zh' ? hundredMillions : hundredMillions / 10
}

/** A figure for display: Chinese official style writes no thousands separators, English groups them. */
export function formatNumber(locale: Locale, value: number): string {
  const format = reused(numberFormats, locale, () => new Intl.NumberFormat(formatLocale[locale], { useGrouping: locale === 'en', maximumFractionDigits: 2 }))
  return format.format(value)
}

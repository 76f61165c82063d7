import type { Locale } from '@/i18n/locales'

/** Conventions per locale: Chinese dates as 2021年5月17日, English as 17 May 2021. */
const dateLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' }

const precisionOptions = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DatePrecision = keyof typeof precisionOptions

/** A date shown only as far as it is known (day, month or year), in the Science City's time zone. */
export function formatDate(locale: Locale, iso: string, precision: DatePrecision | null | undefined = 'day'): string {
  return new Intl.DateTimeFormat(dateLocale[locale], {
    ...precisionOptions[precision ?? 'day'],
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso))
}

/** The machine-readable form for `<time dateTime>`, as precise as the date is known. */
export function isoDate(iso: string, precision: DatePrecision | null | undefined = 'day'): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
  return local.slice(0, { day: 10, month: 7, year: 4 }[precision ?? 'day'])
}

/**
 * An amount in 亿元 (100 million yuan) in the unit each locale's message names: 亿元 in Chinese,
 * billion yuan in English (1632亿元 = CNY 163.2 billion).
 */
export function moneyAmount(locale: Locale, hundredMillions: number): number {
  return locale === 'zh' ? hundredMillions : hundredMillions / 10
}

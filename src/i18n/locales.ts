/** The one list of locales: Payload's `localization` and next-intl's `routing` both read it. */
export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh'

/** BCP 47 tags for `<html lang>` and `lang` attributes on fallback content. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

import { adminT } from '@/i18n/adminTranslations'
import { comparePlaceholders, parseMessage, placeholderExceptions } from '@/i18n/icu'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { defaultMessageTexts, isKnownMessageKey } from '@/i18n/messages'

type Translate = Parameters<typeof adminT>[0]

/**
 * Why `value` cannot be the `locale` text of `key`, or null: it must parse as ICU and use the
 * placeholders and tags of the Chinese default (the code passes exactly those values).
 */
export function uiStringProblem(req: Translate, key: string, locale: Locale, value: string): string | null {
  if (!isKnownMessageKey(key)) return adminT(req, 'uiStringUnknownKey', { key })
  const parsed = parseMessage(value)
  if (!parsed.ok) return adminT(req, 'uiStringInvalidIcu', { error: parsed.error })
  const chinese = parseMessage(defaultMessageTexts[defaultLocale].get(key)!)
  if (!chinese.ok) return null
  // The exceptions are what a translation may lack; a Chinese override keeps every placeholder.
  const allowedMissing = locale === defaultLocale ? [] : placeholderExceptions[key]?.names
  const difference = comparePlaceholders(chinese.placeholders, parsed.placeholders, allowedMissing)
  if (!difference) return null
  const none = adminT(req, 'uiStringNone')
  return adminT(req, 'uiStringPlaceholders', {
    expected: [...chinese.placeholders].join(' ') || none,
    missing: difference.missing.join(' ') || none,
    extra: difference.extra.join(' ') || none,
  })
}


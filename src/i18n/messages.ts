/**
 * The UI strings the site renders: the defaults in messages/*.json (kept in git), with the
 * admin's overrides (the `ui-strings` collection) merged over them.
 */
import en from '../../messages/en.json'
import zh from '../../messages/zh.json'

import { flattenMessages, type MessageTree } from './icu'
import { defaultLocale, type Locale } from './locales'

export type MessageTexts = Record<Locale, Map<string, string>>

/** Every default message by its dotted key, per locale. */
export const defaultMessageTexts: MessageTexts = { zh: flattenMessages(zh), en: flattenMessages(en) }

export type UiStringOverride = { key: string } & Partial<Record<Locale, string | null>>

// Dotted keys become object paths: these segments would reach the prototype instead.
const unsafeSegments = new Set(['__proto__', 'constructor', 'prototype'])

/** A key that exists in the Chinese defaults: the only keys an override or an import may set. */
export function isKnownMessageKey(key: string, defaults: MessageTexts = defaultMessageTexts): boolean {
  return !key.split('.').some((segment) => unsafeSegments.has(segment)) && defaults[defaultLocale].has(key)
}

const reported = new Set<string>()

/** Logs a message problem the first time it happens in this process, not on every request. */
export function reportOnce(id: string, message: string) {
  if (reported.has(id)) return
  reported.add(id)
  console.warn(message)
}

export function unflatten(texts: Map<string, string>): MessageTree {
  const tree: MessageTree = {}
  for (const [key, value] of texts) {
    const segments = key.split('.')
    let node = tree
    for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as MessageTree
    node[segments.at(-1)!] = value
  }
  return tree
}

/**
 * The messages of one locale: its defaults, the Chinese default for any key the locale lacks
 * (logged once), then the overrides of known keys.
 */
export function mergeMessages(
  locale: Locale,
  overrides: UiStringOverride[],
  defaults: MessageTexts = defaultMessageTexts,
): MessageTree {
  const texts = new Map(defaults[locale])
  for (const [key, value] of defaults[defaultLocale]) {
    if (texts.has(key)) continue
    reportOnce(`missing:${locale}:${key}`, `UI string ${key} has no ${locale} text; showing the Chinese`)
    texts.set(key, value)
  }
  for (const override of overrides) {
    const value = override[locale]
    if (value && isKnownMessageKey(override.key, defaults)) texts.set(override.key, value)
  }
  return unflatten(texts)
}

/**
 * What next-intl shows for a message it cannot find or format: the Chinese default if it is plain
 * text, else nothing, so a page never shows a raw key or ICU source.
 */
export function messageFallback(path: string): string {
  const chinese = defaultMessageTexts[defaultLocale].get(path)
  return chinese && !/[{<]/.test(chinese) ? chinese : ''
}

import { getRequestConfig } from 'next-intl/server'

import { getUiStringOverrides } from '@/lib/data/uiStrings'

import type { MessageTree } from './icu'
import { isLocale, type Locale } from './locales'
import { mergeMessages, messageFallback, reportOnce, type UiStringOverride } from './messages'
import { routing } from './routing'

/** Overrides from the cache; without a database (a build, an outage) the defaults still render. */
async function overrides(): Promise<UiStringOverride[]> {
  try {
    return await getUiStringOverrides()
  } catch (error) {
    reportOnce('overrides-unavailable', `UI-string overrides unavailable, using the defaults: ${String(error)}`)
    return []
  }
}

// Every request would merge the same defaults and overrides again: the last result per locale is kept
// until the overrides change (next-intl only reads messages).
const lastMerged = new Map<Locale, { overrides: string; messages: MessageTree }>()

function messagesFor(locale: Locale, overrides: UiStringOverride[]): MessageTree {
  const key = JSON.stringify(overrides)
  const last = lastMerged.get(locale)
  if (last?.overrides === key) return last.messages
  const messages = mergeMessages(locale, overrides)
  lastMerged.set(locale, { overrides: key, messages })
  return messages
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  return {
    locale,
    // The Science City's own time zone, so dates read the same on the server and in the browser.
    timeZone: 'Asia/Shanghai',
    messages: messagesFor(locale, await overrides()),
    onError: (error) => {
      // A string, not IntlErrorCode: any value import from 'next-intl' puts its client provider
      // into the scripts of every page.
      const id = (error.code as string) === 'MISSING_MESSAGE' ? `runtime-missing:${error.message}` : `runtime:${error.message}`
      reportOnce(id, `UI string problem (${locale}): ${error.message}`)
    },
    getMessageFallback: ({ namespace, key }) => messageFallback(namespace ? `${namespace}.${key}` : key),
  }
})

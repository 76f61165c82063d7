/**
 * `npm run i18n:check` (also part of `npm test`): the UI strings in messages/*.json are complete
 * and consistent. Every key is in both files, every value parses as ICU, both languages use the
 * same placeholders and tags, and no key sits unused. (A key used in code but missing from the
 * files already fails the type check: messages are typed from messages/zh.json.)
 */
import fs from 'node:fs'
import path from 'node:path'

import { comparePlaceholders, flattenMessages, parseMessage, placeholderExceptions, type MessageTree } from '../src/i18n/icu'

const locales = ['zh', 'en'] as const
const messages = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as MessageTree]),
) as Record<(typeof locales)[number], MessageTree>

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/**
 * Keys the code uses: in each file, the namespaces it asks for (getTranslations('News') or
 * { namespace: 'News' }) combined with the string literals in it; a template literal such as
 * `statusLabels.${status}` counts for every key under that prefix.
 */
function usedKeyMatchers(): ((key: string) => boolean)[] {
  const matchers: ((key: string) => boolean)[] = []
  for (const file of sourceFiles('src')) {
    const text = fs.readFileSync(file, 'utf8')
    const namespaces = [...text.matchAll(/(?:getTranslations|useTranslations)\(\s*'(\w+)'|namespace:\s*'(\w+)'/g)].map(
      (match) => match[1] ?? match[2]!,
    )
    if (namespaces.length === 0) continue
    const literals = [...text.matchAll(/'([\w.-]+)'/g)].map((match) => match[1]!)
    const prefixes = [...text.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1]!)
    for (const namespace of namespaces) {
      const exact = new Set(literals.map((literal) => `${namespace}.${literal}`))
      matchers.push((key) => exact.has(key) || prefixes.some((prefix) => key.startsWith(`${namespace}.${prefix}`)))
    }
  }
  return matchers
}

function main(): number {
  const problems: string[] = []
  const [zh, en] = locales.map((locale) => flattenMessages(messages[locale])) as [Map<string, string>, Map<string, string>]

  for (const [here, there, name] of [
    [zh, en, 'en'],
    [en, zh, 'zh'],
  ] as const) {
    for (const key of here.keys()) if (!there.has(key)) problems.push(`${key}: missing in messages/${name}.json`)
  }

  const parsed: Record<string, Map<string, Set<string>>> = { zh: new Map(), en: new Map() }
  for (const [locale, flat] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    for (const [key, value] of flat) {
      const result = parseMessage(value)
      if (result.ok) parsed[locale]!.set(key, result.placeholders)
      else problems.push(`${key} (${locale}): not valid ICU — ${result.error}`)
    }
  }

  for (const [key, zhNames] of parsed.zh!) {
    const enNames = parsed.en!.get(key)
    if (!enNames) continue
    if (comparePlaceholders(zhNames, enNames, placeholderExceptions[key]?.names)) {
      problems.push(`${key}: placeholders differ (zh has ${[...zhNames].join(', ') || 'none'}; en has ${[...enNames].join(', ') || 'none'})`)
    }
  }

  const used = usedKeyMatchers()
  for (const key of zh.keys()) if (!used.some((isUsed) => isUsed(key))) problems.push(`${key}: not used anywhere in src/`)

  for (const problem of problems) console.error(`✖ ${problem}`)
  console.log(problems.length === 0 ? `✓ messages: ${zh.size} keys in zh and en, all valid and used` : `${problems.length} problem(s)`)
  return problems.length === 0 ? 0 : 1
}

process.exit(main())

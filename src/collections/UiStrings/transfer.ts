/**
 * Export and import of the UI strings for outside translation tools: JSON (next-intl's nested
 * format, one locale) and XLIFF (1.2 written; 1.2 and 2.0 read) with the Chinese as source and
 * the English as target. An import is planned first — what changes, what is refused — and applied
 * only when nothing is refused.
 */
import { SaxesParser } from 'saxes'

import type { AdminTranslationKey } from '@/i18n/adminTranslations'
import { flattenMessages, type MessageTree } from '@/i18n/icu'
import type { Locale } from '@/i18n/locales'
import { htmlLang } from '@/i18n/locales'
import { isKnownMessageKey, unflatten } from '@/i18n/messages'
import { escapeXml } from '@/lib/xml'
import type { UiString } from '@/payload-types'

export const transferFormats = ['json', 'xliff'] as const
export type TransferFormat = (typeof transferFormats)[number]

type Row = Pick<UiString, 'key' | 'zhText' | 'enText' | 'zhDefault' | 'enDefault'>

const textIn = (row: Row, locale: Locale) => (locale === 'zh' ? row.zhText : row.enText) ?? ''

/** The texts in use, as a file: JSON of one locale, or XLIFF 1.2 from Chinese to English. */
export function exportUiStrings(rows: Row[], format: TransferFormat, locale: Locale): string {
  const sorted = [...rows].sort((a, b) => a.key.localeCompare(b.key))
  if (format === 'json') return `${JSON.stringify(unflatten(new Map(sorted.map((row) => [row.key, textIn(row, locale)]))), null, 2)}\n`
  const units = sorted.map(
    (row) =>
      `      <trans-unit id="${escapeXml(row.key)}">\n        <source>${escapeXml(textIn(row, 'zh'))}</source>\n` +
      `        <target>${escapeXml(textIn(row, 'en'))}</target>\n      </trans-unit>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file source-language="${htmlLang.zh}" target-language="${htmlLang.en}" datatype="plaintext" original="messages">`,
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n')
}

/** A file that cannot be read; the reason is told in the admin language (src/i18n/adminTranslations.ts). */
export class ImportFormatError extends Error {
  constructor(
    readonly reason: AdminTranslationKey,
    readonly vars: Record<string, string> = {},
  ) {
    super(reason)
  }
}

// Messages nest a few levels (namespace, key), XLIFF a handful (xliff, file, body, groups, unit,
// target, inline tags). A file nested deeper is refused at once: walking it would cost time
// quadratic in its depth (or overflow the stack), and reading an XLIFF file that opens thousands
// of elements without closing them would take it to its end.
const MAX_DEPTH = 64

/** Whether a parsed JSON value nests deeper than MAX_DEPTH, walked one level at a time. */
function nestsTooDeep(value: unknown): boolean {
  let level = [value]
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_DEPTH) return true
    level = level.flatMap((item) => (item && typeof item === 'object' ? Object.values(item) : []))
  }
  return false
}

/** key → text from an uploaded file. JSON gives the texts of the chosen locale; XLIFF its targets. */
export function parseImport(text: string, format: TransferFormat): Map<string, string> {
  if (format === 'json') {
    let tree: unknown
    try {
      tree = JSON.parse(text)
    } catch (error) {
      throw new ImportFormatError('importNotJson', { error: error instanceof Error ? error.message : String(error) })
    }
    if (!tree || typeof tree !== 'object' || Array.isArray(tree)) throw new ImportFormatError('importJsonNotObject')
    if (nestsTooDeep(tree)) throw new ImportFormatError('importTooDeep', { depth: String(MAX_DEPTH) })
    const flat = flattenMessages(tree as MessageTree)
    for (const [key, value] of flat) if (typeof value !== 'string') throw new ImportFormatError('importNotText', { key })
    return flat
  }
  return parseXliff(text)
}

// XLIFF 1.2: <trans-unit id>…<target>; XLIFF 2.0: <unit id><segment>…<target>.
const UNITS = new Set(['trans-unit', 'unit'])
const TARGET_PARENTS = new Set(['trans-unit', 'segment'])

/**
 * The first target of each unit, read with a streaming XML parser: time linear in the file's size
 * (backtracking regular expressions are not, on a file without closing tags), and no
 * entity declared in a DOCTYPE is ever expanded (a reference to one is an error). Elements inside a
 * target are kept as markup text, as the file wrote them.
 */
function parseXliff(text: string): Map<string, string> {
  const entries = new Map<string, string>()
  const parser = new SaxesParser()
  const open: string[] = []
  let isXliff = false
  let unitId: string | undefined
  let target: string | undefined
  let depthInTarget = 0
  parser.on('opentag', (tag) => {
    if (open.length === MAX_DEPTH) throw new ImportFormatError('importTooDeep', { depth: String(MAX_DEPTH) })
    if (open.length === 0) {
      if (tag.name !== 'xliff' || !/^(1\.2|2\.0)$/.test(tag.attributes.version ?? '')) throw new ImportFormatError('importNotXliff')
      isXliff = true
    }
    if (target !== undefined) {
      const attributes = Object.entries(tag.attributes).map(([name, value]) => ` ${name}="${value}"`)
      target += `<${tag.name}${attributes.join('')}${tag.isSelfClosing ? '/' : ''}>`
      depthInTarget++
    } else if (tag.name === 'target' && unitId !== undefined && TARGET_PARENTS.has(open.at(-1)!)) target = ''
    else if (UNITS.has(tag.name)) unitId = tag.attributes.id
    open.push(tag.name)
  })
  const addText = (data: string) => {
    if (target !== undefined) target += data
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', (tag) => {
    open.pop()
    if (target !== undefined && depthInTarget > 0) {
      depthInTarget--
      if (!tag.isSelfClosing) target += `</${tag.name}>`
    } else if (target !== undefined) {
      entries.set(unitId!, target)
      // Only a unit's first target is read (as before): further segments of XLIFF 2.0 are not joined.
      target = unitId = undefined
    } else if (UNITS.has(tag.name)) unitId = undefined
  })
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof ImportFormatError) throw error
    if (!isXliff) throw new ImportFormatError('importNotXliff')
    throw new ImportFormatError('importXliffMalformed', { error: error instanceof Error ? error.message : String(error) })
  }
  if (entries.size === 0) throw new ImportFormatError('importXliffEmpty')
  return entries
}

export type ImportPlan = {
  changes: { key: string; from: string; to: string }[]
  refused: { key: string; reason: string }[]
  unchanged: number
}

/** Why a key is refused, in the words of the one who imports. */
export type RefusalReasons = {
  unknownKey: (key: string) => string
  /** What is wrong with `value` as the text of `key`, or null. */
  problem: (key: string, value: string) => string | null
}

/**
 * What importing `entries` into `locale` would do: texts that change, and keys refused (unknown,
 * or a value with a problem). Values equal to the default become "no override".
 */
export function planImport(rows: Row[], locale: Locale, entries: Map<string, string>, reasons: RefusalReasons): ImportPlan {
  const byKey = new Map(rows.map((row) => [row.key, row]))
  const plan: ImportPlan = { changes: [], refused: [], unchanged: 0 }
  for (const [key, to] of entries) {
    const row = byKey.get(key)
    if (!row || !isKnownMessageKey(key)) {
      plan.refused.push({ key, reason: reasons.unknownKey(key) })
      continue
    }
    const from = textIn(row, locale)
    // An empty target is an untranslated unit, not a request to blank the text.
    if (!to || to === from) {
      plan.unchanged++
      continue
    }
    const reason = reasons.problem(key, to)
    if (reason) plan.refused.push({ key, reason })
    else plan.changes.push({ key, from, to })
  }
  return plan
}

/** The override to store for an imported text: none when it is the default. */
export function overrideFor(row: Row, locale: Locale, text: string): string {
  return text === (locale === 'zh' ? row.zhDefault : row.enDefault) ? '' : text
}

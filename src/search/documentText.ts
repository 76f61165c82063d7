import { isoDate, type DatePrecision } from '@/lib/format'
import type { SearchType } from '@/lib/searchQuery'

/** What the search index keeps of one document in one locale. */
export type SearchableText = {
  title: string
  summary: string
  content: string
  date: string | null
  datePrecision: DatePrecision | null
}

type LexicalNode = { type?: unknown; text?: unknown; children?: unknown }
type Row = Record<string, unknown>

/** Lexical nodes that sit inside a line; every other node (paragraph, heading, list item ...) ends one. */
const inlineNodes = new Set(['text', 'link', 'autolink', 'tab'])

/** The text of Lexical rich text, one line per block. */
function richText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  let out = ''
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') out += node.text
    if (Array.isArray(node.children)) for (const child of node.children as LexicalNode[]) walk(child)
    if (!inlineNodes.has(node.type as string)) out += '\n'
  }
  walk(root)
  return out.replace(/\n+/g, '\n').trim()
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : [])

/** The searchable text of each Page block (headings, rich text, cards, calls to action). */
function blockText(block: Row): string[] {
  return [
    text(block.heading),
    richText(block.body),
    text(block.text),
    text(block.label),
    ...rows(block.cards).flatMap((card) => [text(card.title), text(card.text)]),
  ]
}

// Control characters mark highlights in snippets (src/lib/data/search.ts) and are never content.
const clean = (parts: string[]) =>
  parts
    .filter(Boolean)
    .join('\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')

type DocumentDate = {
  date: string | null
  datePrecision: DatePrecision | null
}

const precision = (value: unknown): DatePrecision => (value === 'month' || value === 'year' ? value : 'day')
const dated = (date: unknown, datePrecision: unknown): DocumentDate =>
  text(date) ? { date: text(date), datePrecision: precision(datePrecision) } : { date: null, datePrecision: null }

/** The date a result is sorted and filtered by: when it was published or issued, or last reported on. */
function documentDate(collection: SearchType, doc: Row): DocumentDate {
  switch (collection) {
    case 'news':
      return dated(doc.publishedAt, 'day')
    case 'policies':
      return dated(doc.issueDate, doc.issueDatePrecision)
    case 'projects': {
      const latest = rows(doc.updates)
        .filter((update) => text(update.date))
        .sort((a, b) => text(a.date).localeCompare(text(b.date)))
        .at(-1)
      return latest ? dated(latest.date, latest.datePrecision) : dated(doc.startDate, doc.startDatePrecision)
    }
    case 'pages':
      return dated(null, null)
  }
}

/** The title, summary and all other visible text of a document (read at depth 0, in one locale). */
export function documentText(collection: SearchType, doc: Row): SearchableText {
  const title = text(collection === 'projects' ? doc.name : doc.title)
  const summary = text(doc.summary)
  const rest = (() => {
    switch (collection) {
      case 'news':
        return [richText(doc.body), text(doc.source)]
      case 'projects':
        return [
          text((doc.location as Row | undefined)?.area),
          richText(doc.body),
          ...rows(doc.updates).map((update) => text(update.text)),
        ]
      case 'policies':
        return [
          text(doc.documentNumber),
          text(doc.issuingBody),
          ...rows(doc.keyPoints).map((point) => text(point.text)),
          richText(doc.body),
          richText(doc.interpretation),
        ]
      case 'pages':
        return rows(doc.layout).flatMap(blockText)
    }
  })()
  return {
    title: clean([title]),
    summary: clean([summary]),
    content: clean([title, summary, ...rest]),
    ...documentDate(collection, doc),
  }
}

/** The calendar year of a stored date in the Science City's time zone. */
export const yearOf = (date: string | null) => (date ? Number(isoDate(date, 'year')) : null)

/**
 * Every distinct one- and two-character piece of the lower-cased text, without whitespace: the
 * index for search terms too short for trigrams (two-character Chinese words such as 人才).
 */
export function shortGrams(text: string): string[] {
  const characters = Array.from(text.toLowerCase())
  const grams = new Set<string>()
  characters.forEach((character, index) => {
    if (/\s/.test(character)) return
    grams.add(character)
    const next = characters[index + 1]
    if (next && !/\s/.test(next)) grams.add(character + next)
  })
  return [...grams]
}

/** An array for SQL as one string (joined by a control character that no stored text holds). */
export const GRAM_SEPARATOR = '\u0001'

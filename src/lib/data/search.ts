import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'

import { cacheTags } from '../cacheTags'
import type { DatePrecision } from '../format'
import { documentPath } from '../paths'
import { getPayloadClient } from '../payload'
import { queryTerms, SEARCH_PAGE_SIZE, type SearchRequest, type SearchType } from '../searchQuery'

/** Text with the parts that matched the query marked, for rendering as React nodes. */
export type Highlighted = { text: string; match: boolean }[]

export type SearchHit = {
  collection: SearchType
  path: string
  title: Highlighted
  snippet: Highlighted
  date: string | null
  datePrecision: DatePrecision | null
}

export type SearchSuggestion = {
  collection: SearchType
  path: string
  title: string
}

export type SearchResult = {
  hits: SearchHit[]
  total: number
  totalPages: number
  /** When nothing matched: documents with a similar title ("did you mean"). */
  suggestions: SearchSuggestion[]
  /** When nothing matched with the type or year filter: how many match without them. */
  unfilteredTotal: number | null
}

const searchTags = [cacheTags.news, cacheTags.projects, cacheTags.policies, cacheTags.pages]

// Highlight markers: control characters that the indexer removes from every stored text.
const START = '\u0002'
const STOP = '\u0003'
const SNIPPET_LENGTH = 140
const SNIPPET_LEAD = 30

async function database() {
  const payload = await getPayloadClient()
  return (payload.db as unknown as PostgresAdapter).drizzle
}

const escapeLike = (term: string) => `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/** Chinese (and Japanese, Korean) characters: such a query is matched as substrings. */
const cjk = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/

/** Marks every occurrence of any term (case-insensitive), for text the database returned unmarked. */
function markTerms(text: string, terms: string[]): Highlighted {
  if (terms.length === 0 || !text) return [{ text, match: false }]
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu')
  const parts: Highlighted = []
  let last = 0
  for (const found of text.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false })
    parts.push({ text: found[0], match: true })
    last = found.index + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}

/** Text the database marked with START/STOP (ts_headline). */
function parseMarked(text: string): Highlighted {
  return text
    .split(START)
    .flatMap((piece, index) => {
      if (index === 0) return [{ text: piece, match: false }]
      const [marked = '', rest = ''] = piece.split(STOP)
      return [
        { text: marked, match: true },
        { text: rest, match: false },
      ]
    })
    .filter((part) => part.text)
}

/** A window of the text around the first match, with every match in it marked. */
function snippetAround(content: string, terms: string[]): Highlighted {
  const text = content.replace(/\s+/g, ' ')
  const lower = text.toLowerCase()
  const first = Math.min(...terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0))
  let start = Number.isFinite(first) ? Math.max(0, first - SNIPPET_LEAD) : 0
  // Never start inside a surrogate pair (an emoji or a rare character).
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start -= 1
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (/[\udc00-\udfff]/.test(text[end] ?? '')) end += 1
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
  return markTerms(window, terms)
}

type Mode = { kind: 'words'; query: string } | { kind: 'substring'; terms: string[] }

/**
 * English word matching (stemmed, case-folded) for English queries in English; everything else
 * — Chinese, mixed, or words the English dictionary drops — is matched as substrings.
 */
async function modeFor(locale: Locale, query: string): Promise<Mode> {
  if (locale === 'en' && !cjk.test(query)) {
    const db = await database()
    const { rows } = await db.execute(sql`SELECT numnode(websearch_to_tsquery('english', ${query})) AS nodes`)
    if (Number((rows[0] as { nodes: number }).nodes) > 0) return { kind: 'words', query }
  }
  return { kind: 'substring', terms: queryTerms(query) }
}

/** A term of one or two characters is looked up in the n-gram index; longer ones by trigrams. */
function substringCondition(term: string) {
  return Array.from(term).length <= 2 ? sql`d.short_grams @> ARRAY[${term}]::text[]` : sql`d.content ILIKE ${escapeLike(term)}`
}

type MatchRow = {
  collection: SearchType
  slug: string
  title: string
  date: Date | string | null
  date_precision: DatePrecision | null
  content: string
  total: number | string
  title_marked?: string
  snippet_marked?: string
}

async function findMatches(locale: Locale, mode: Mode, { type, year, page }: Omit<SearchRequest, 'q'>) {
  const db = await database()
  const filters = sql.join(
    [sql`d.locale = ${locale}`, ...(type ? [sql`d.collection = ${type}`] : []), ...(year ? [sql`d.year = ${year}`] : [])],
    sql` AND `,
  )
  const offset = (page - 1) * SEARCH_PAGE_SIZE
  if (mode.kind === 'words') {
    const query = sql`websearch_to_tsquery('english', ${mode.query})`
    const { rows } = await db.execute(sql`
      WITH matches AS (
        SELECT d.collection, d.doc_id, d.slug, d.title, d.date,
               (to_tsvector('english', d.title) @@ ${query}) AS in_title,
               ts_rank(d.english, ${query}) AS rank,
               count(*) OVER () AS total
        FROM search_documents d
        WHERE ${filters} AND d.english @@ ${query}
        ORDER BY in_title DESC, rank DESC, d.date DESC NULLS LAST, d.collection, d.doc_id DESC
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
      )
      SELECT m.collection, m.slug, m.title, m.date, d.date_precision, m.total, '' AS content,
             ts_headline('english', m.title, ${query}, ${`HighlightAll=true, StartSel=${START}, StopSel=${STOP}`}) AS title_marked,
             ts_headline('english', d.content, ${query},
               ${`MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`}) AS snippet_marked
      FROM matches m JOIN search_documents d ON d.collection = m.collection AND d.doc_id = m.doc_id AND d.locale = ${locale}
      ORDER BY m.in_title DESC, m.rank DESC, m.date DESC NULLS LAST, m.collection, m.doc_id DESC`)
    return rows as MatchRow[]
  }
  const { terms } = mode
  const conditions = sql.join(terms.map(substringCondition), sql` AND `)
  const countIn = (column: 'title' | 'summary') =>
    sql.join(
      terms.map((term) => sql`(strpos(lower(d.${sql.raw(column)}), lower(${term})) > 0)::int`),
      sql` + `,
    )
  const { rows } = await db.execute(sql`
    WITH matches AS (
      SELECT d.collection, d.doc_id, d.slug, d.title, d.date,
             ${countIn('title')} AS title_hits,
             ${countIn('summary')} AS summary_hits,
             count(*) OVER () AS total
      FROM search_documents d
      WHERE ${filters} AND ${conditions}
      ORDER BY title_hits DESC, summary_hits DESC, d.date DESC NULLS LAST, d.collection, d.doc_id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT m.collection, m.slug, m.title, m.date, d.date_precision, m.total, d.content
    FROM matches m JOIN search_documents d ON d.collection = m.collection AND d.doc_id = m.doc_id AND d.locale = ${locale}
    ORDER BY m.title_hits DESC, m.summary_hits DESC, m.date DESC NULLS LAST, m.collection, m.doc_id DESC`)
  return rows as MatchRow[]
}

/** Titles close to the query (trigram word similarity), for "did you mean" when nothing matched. */
async function similarTitles(locale: Locale, query: string): Promise<SearchSuggestion[]> {
  const db = await database()
  const rows = await db.transaction(async (transaction) => {
    // Looser than pg_trgm's default (0.6), which misses most one-letter typos in short words.
    await transaction.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)`)
    const result = await transaction.execute(sql`
      SELECT collection, slug, title FROM search_documents
      WHERE locale = ${locale} AND ${query} <% title
      ORDER BY word_similarity(${query}, title) DESC, date DESC NULLS LAST
      LIMIT 5`)
    return result.rows as {
      collection: SearchType
      slug: string
      title: string
    }[]
  })
  return rows.map((row) => ({
    collection: row.collection,
    path: documentPath(row.collection, row.slug),
    title: row.title,
  }))
}

/** Published documents in the visitor's locale that match the request, best first (uncached). */
export async function searchDocuments(locale: Locale, request: SearchRequest): Promise<SearchResult> {
  const mode = await modeFor(locale, request.q)
  const rows = await findMatches(locale, mode, request)
  const total = Number(rows[0]?.total ?? 0)
  const terms = queryTerms(request.q)
  const hits = rows.map((row) => ({
    collection: row.collection,
    path: documentPath(row.collection, row.slug),
    date: row.date ? new Date(row.date).toISOString() : null,
    datePrecision: row.date_precision,
    title: row.title_marked !== undefined ? parseMarked(row.title_marked) : markTerms(row.title, terms),
    snippet: row.snippet_marked !== undefined ? parseMarked(row.snippet_marked) : snippetAround(row.content, terms),
  }))
  const nothing = total === 0 && request.page === 1
  const filtered = Boolean(request.type || request.year)
  const unfilteredTotal = nothing && filtered ? Number((await findMatches(locale, mode, { page: 1 }))[0]?.total ?? 0) : null
  return {
    hits,
    total,
    totalPages: Math.ceil(total / SEARCH_PAGE_SIZE),
    suggestions: nothing && !unfilteredTotal ? await similarTitles(locale, request.q) : [],
    unfilteredTotal,
  }
}

/** searchDocuments, cached until a searched collection changes. */
export const searchPublished = unstable_cache(searchDocuments, ['search:v2'], {
  tags: searchTags,
})

/** The years that have searchable documents in a locale, newest first (the year filter's options). */
export const getSearchYears = unstable_cache(
  async (locale: Locale): Promise<number[]> => {
    const db = await database()
    const { rows } = await db.execute(
      sql`SELECT DISTINCT year FROM search_documents WHERE locale = ${locale} AND year IS NOT NULL ORDER BY year DESC`,
    )
    return (rows as { year: number }[]).map((row) => Number(row.year))
  },
  ['search:years'],
  { tags: searchTags },
)

import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'

import { locales, type Locale } from '@/i18n/locales'

import { cacheTags } from '../cacheTags'
import type { DatePrecision } from '../format'
import { documentPath } from '../paths'
import { getPayloadClient } from '../payload'
import { MAX_RANKED_RESULTS, MAX_WALK, queryTerms, RECENT_WINDOW, SEARCH_PAGE_SIZE, type SearchRequest, type SearchType } from '../searchQuery'
import { cachedRead } from './cachedRead'
import { yearStart } from './publishedList'

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
  /** More than `total` documents match: only the newest MAX_RANKED_RESULTS are ranked and shown. */
  more: boolean
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

/** Text that has trigrams: pg_trgm takes them only from runs of letters or digits. */
const trigrams = /[\p{L}\p{N}]{3}/u

/**
 * Whether an index can find a term: one or two characters through the n-gram index, longer ones
 * through trigrams.
 */
const indexable = (term: string) => Array.from(term).length <= 2 || trigrams.test(term)

/**
 * The lower-cased text decides whether a term matches. For the index plan, a term of one or two
 * characters also names its entry in the n-gram index, which trigrams cannot give; the date walk
 * leaves that out, as the n-gram array of a row costs more to read than its text. A term only
 * checked ('check') is a strpos, which no index can take, so that the planner leaves it out of the
 * index plan (see leadTerm).
 *
 * In the index plan a short term's text check is a strpos, which the trigram index cannot take:
 * as a LIKE without trigrams it made the planner read the whole trigram index ("科学城 x" took
 * seconds). Its n-gram condition names the locale's own expression index (migration
 * 20261126_103000_short_grams_by_locale), whose statistics are that locale's alone: "x" is in
 * nearly every English text and almost no Chinese one.
 */
function substringCondition(locale: Locale, term: string, use: 'walk' | 'index' | 'check') {
  if (use === 'check') return sql`strpos(d.folded, lower(${term})) > 0`
  if (use === 'walk' || Array.from(term).length > 2) return sql`d.folded LIKE lower(${escapeLike(term)})`
  return sql`(${localeGrams(locale)} @> ARRAY[${term}]::text[] AND strpos(d.folded, lower(${term})) > 0)`
}

/** The n-gram array as the locale's expression index holds it: the index is used only for this very expression. */
function localeGrams(locale: Locale) {
  if (!locales.includes(locale)) throw new Error(`No search index for the locale ${String(locale)}.`)
  return sql.raw(`(CASE WHEN d.locale = '${locale}' THEN d.short_grams END)`)
}

/** The index plan (`lead` set) looks up only the lead term in its index and checks the others in the rows it lists. */
function matchCondition(locale: Locale, mode: Mode, plan: 'walk' | 'index', lead?: string) {
  return mode.kind === 'words'
    ? sql`d.english @@ websearch_to_tsquery('english', ${mode.query})`
    : sql.join(
        mode.terms.map((term) => substringCondition(locale, term, plan === 'index' && lead !== undefined && term !== lead ? 'check' : plan)),
        sql` AND `,
      )
}

/**
 * A matching document with what ranks it: title hits first, then summary hits (English: the
 * title holds the words, then word relevance). Candidates arrive newest first, which settles ties.
 */
type Candidate = { collection: SearchType; doc_id: number; first: number; second: number }

/** The ranking figures of a matching row, computed where it is found (the row is already read). */
function rankingColumns(mode: Mode) {
  if (mode.kind === 'words') {
    const query = sql`websearch_to_tsquery('english', ${mode.query})`
    return sql`(to_tsvector('english', d.title) @@ ${query})::int AS first, ts_rank(d.english, ${query}) AS second`
  }
  const countIn = (column: 'title' | 'summary') =>
    sql.join(
      mode.terms.map((term) => sql`(strpos(lower(d.${sql.raw(column)}), lower(${term})) > 0)::int`),
      sql` + `,
    )
  return sql`${countIn('title')} AS first, ${countIn('summary')} AS second`
}

type Filters = Pick<SearchRequest, 'type' | 'year'>

/** The documents a search looks in: the locale's, of the asked type and year. */
function searchScope(locale: Locale, { type, year }: Filters) {
  return sql.join(
    [
      sql`d.locale = ${locale}`,
      ...(type ? [sql`d.collection = ${type}`] : []),
      // As a date range too, so the walk reads only that year's stretch of the date index.
      ...(year ? [sql`d.year = ${year}`, sql`d.date >= ${yearStart(year)}`, sql`d.date < ${yearStart(year + 1)}`] : []),
    ],
    sql` AND `,
  )
}

/** Newest first, in the order of the date index (`search_documents_recent_idx`), which a walk reads. */
const newestFirst = sql`d.date DESC NULLS LAST, d.collection, d.doc_id DESC`

/** How many of the newest documents leadTerm reads: a term in none of them is rare. */
const LEAD_SAMPLE = 500

/**
 * Of a query's indexable terms, one that none of the newest LEAD_SAMPLE documents in scope
 * contain, for the index plan to look up alone. Postgres would AND its index with a common term's,
 * whose bitmap of nearly every row cost 22 ms at 100,000 items ("科学城 无": 科学城 in 95,000
 * texts, 无 in one). It estimates any term it has no statistics for at 0.5 % of the rows, so it
 * cannot tell a rare term from a common one; the newest documents can.
 */
export async function leadTerm(locale: Locale, terms: string[], filters: Filters): Promise<string | undefined> {
  const indexed = terms.filter(indexable)
  if (indexed.length < 2) return undefined
  const db = await database()
  const { rows } = await db.execute(sql`
    SELECT ${sql.join(
      indexed.map((term, index) => sql`bool_or(d.folded LIKE lower(${escapeLike(term)})) AS ${sql.identifier(`t${index}`)}`),
      sql`, `,
    )}
    FROM (
      SELECT d.folded FROM search_documents d WHERE ${searchScope(locale, filters)}
      ORDER BY ${newestFirst} LIMIT ${LEAD_SAMPLE}
    ) d`)
  const present = rows[0] as Record<string, boolean | null>
  return indexed.find((_, index) => !present[`t${index}`])
}

/**
 * The newest matches (at most MAX_RANKED_RESULTS, plus one to tell whether there are more),
 * newest first. Two plans, so that neither a common nor a rare term reads the whole table: a
 * common term is found by walking the newest documents in date order, and when that walk comes up
 * short the term is rare enough for its index to list every match cheaply.
 */
async function newestMatches(locale: Locale, mode: Mode, filters: Filters) {
  const db = await database()
  const scope = searchScope(locale, filters)
  const ranking = rankingColumns(mode)
  const wanted = MAX_RANKED_RESULTS + 1
  /** The matches among `window` documents in date order, after skipping the newest `skip`. */
  const walk = async (skip: number, window: number, limit: number) =>
    (
      await db.execute(sql`
    SELECT d.collection, d.doc_id, ${ranking} FROM (
      SELECT * FROM search_documents d WHERE ${scope}
      ORDER BY ${newestFirst}
      OFFSET ${skip} LIMIT ${window}
    ) d
    WHERE ${matchCondition(locale, mode, 'walk')}
    ORDER BY ${newestFirst}
    LIMIT ${limit}`)
    ).rows as Candidate[]
  const newest = await walk(0, RECENT_WINDOW, wanted)
  if (newest.length === wanted) return newest
  // Terms found in a good share of the newest documents, but not enough of them (two common
  // words together): walking on for as many documents again as that share predicts costs less
  // than checking every match the index lists ("人才 渝快办" read 7,500 rows in 400 ms).
  if (newest.length > 0) {
    const further = Math.ceil(((wanted - newest.length) / newest.length) * RECENT_WINDOW * 1.5)
    if (RECENT_WINDOW + further <= MAX_WALK) {
      const older = await walk(RECENT_WINDOW, further, wanted - newest.length)
      if (newest.length + older.length === wanted) return [...newest, ...older]
    }
  }
  // A query no index can answer is searched in the newest documents only, so it stays as cheap.
  if (mode.kind === 'substring' && !mode.terms.some(indexable)) return newest
  const lead = mode.kind === 'substring' ? await leadTerm(locale, mode.terms, filters) : undefined
  const indexed = await db.transaction(async (transaction) => {
    // Postgres cannot estimate a LIKE on texts this long (80,000 English rows for 科学城, which no
    // English text holds), and started two parallel workers to sort what it guessed: 5 ms for nothing.
    await transaction.execute(sql`SELECT set_config('max_parallel_workers_per_gather', '0', true)`)
    // "+ interval '0'" keeps the planner off the date index: here the term's own index is the fast way.
    return transaction.execute(sql`
      SELECT d.collection, d.doc_id, ${ranking} FROM search_documents d
      WHERE ${scope} AND ${matchCondition(locale, mode, 'index', lead)}
      ORDER BY d.date + interval '0' DESC NULLS LAST, d.collection, d.doc_id DESC
      LIMIT ${wanted}`)
  })
  return indexed.rows as Candidate[]
}

/**
 * Best first, by the two ranking figures. The sort is stable, so ties keep the order the queries
 * gave (newer first, then a fixed order), and pages never overlap.
 */
const byRank = (a: Candidate, b: Candidate) => Number(b.first) - Number(a.first) || Number(b.second) - Number(a.second)

type MatchRow = {
  collection: SearchType
  doc_id: number
  slug: string
  title: string
  date: Date | string | null
  date_precision: DatePrecision | null
  content: string
  title_marked?: string
  snippet_marked?: string
}

/** What one page of results shows of its documents, in the page's order. */
async function pageRows(locale: Locale, mode: Mode, page: Candidate[]): Promise<MatchRow[]> {
  if (page.length === 0) return []
  const db = await database()
  const keys = sql.join(
    page.map((key) => sql`(${key.collection}::varchar, ${key.doc_id}::integer)`),
    sql`, `,
  )
  const query = mode.kind === 'words' ? sql`websearch_to_tsquery('english', ${mode.query})` : undefined
  const marked = query
    ? sql`, '' AS content,
         ts_headline('english', d.title, ${query}, ${`HighlightAll=true, StartSel=${START}, StopSel=${STOP}`}) AS title_marked,
         ts_headline('english', d.content, ${query},
           ${`MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`}) AS snippet_marked`
    : sql`, d.content`
  const { rows } = await db.execute(sql`
    SELECT d.collection, d.doc_id, d.slug, d.title, d.date, d.date_precision ${marked}
    FROM search_documents d WHERE d.locale = ${locale} AND (d.collection, d.doc_id) IN (${keys})`)
  const found = new Map((rows as MatchRow[]).map((row) => [`${row.collection}:${row.doc_id}`, row]))
  return page.flatMap((key) => found.get(`${key.collection}:${key.doc_id}`) ?? [])
}

/**
 * Suggestions are help, not results: they name the policies, projects and pages closest to the
 * query (news headlines are too many and too alike to be what a misspelt name meant), and they
 * get a time budget, past which the page goes out without them. Queries of more words than
 * SUGGESTION_MAX_TERMS are not looked up: no title is "close" to a sentence.
 */
const SUGGESTION_BUDGET_MS = 25
const SUGGESTION_MAX_TERMS = 3

/** Postgres cancelled the statement (here: its statement_timeout ran out); drizzle wraps its errors. */
export function wasCancelled(error: unknown): boolean {
  let cause = error
  for (let depth = 0; cause && typeof cause === 'object' && depth < 5; depth++) {
    if ((cause as { code?: unknown }).code === '57014') return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

/** Titles close to the query (trigram word similarity), for "did you mean" when nothing matched. */
async function similarTitles(locale: Locale, query: string): Promise<SearchSuggestion[]> {
  if (!trigrams.test(query) || queryTerms(query).length > SUGGESTION_MAX_TERMS) return []
  const db = await database()
  const rows = await db
    .transaction(async (transaction) => {
      // A looser threshold than pg_trgm's default (0.6), which misses most one-letter typos in short words.
      await transaction.execute(
        sql`SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true), set_config('statement_timeout', ${String(SUGGESTION_BUDGET_MS)}, true)`,
      )
      const result = await transaction.execute(sql`
        SELECT collection, slug, title FROM search_documents
        WHERE locale = ${locale} AND collection <> 'news' AND ${query} <% title
        ORDER BY word_similarity(${query}, title) DESC, date DESC NULLS LAST
        LIMIT 5`)
      return result.rows as {
        collection: SearchType
        slug: string
        title: string
      }[]
    })
    .catch((error: unknown) => {
      if (wasCancelled(error)) return []
      throw error
    })
  return rows.map((row) => ({
    collection: row.collection,
    path: documentPath(row.collection, row.slug),
    title: row.title,
  }))
}

/** Published documents in the visitor's locale that match the request, best first (uncached). */
export async function searchDocuments(locale: Locale, request: SearchRequest): Promise<SearchResult> {
  const terms = queryTerms(request.q)
  if (terms.length === 0) return { hits: [], total: 0, totalPages: 0, suggestions: [], unfilteredTotal: null, more: false }
  const mode = await modeFor(locale, request.q)
  const candidates = await newestMatches(locale, mode, request)
  const total = Math.min(candidates.length, MAX_RANKED_RESULTS)
  const offset = (request.page - 1) * SEARCH_PAGE_SIZE
  const ranked = candidates.slice(0, MAX_RANKED_RESULTS).sort(byRank)
  const rows = await pageRows(locale, mode, ranked.slice(offset, offset + SEARCH_PAGE_SIZE))
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
  const unfilteredTotal = nothing && filtered ? Math.min((await newestMatches(locale, mode, {})).length, MAX_RANKED_RESULTS) : null
  return {
    hits,
    total,
    totalPages: Math.ceil(total / SEARCH_PAGE_SIZE),
    suggestions: nothing && !unfilteredTotal ? await similarTitles(locale, request.q) : [],
    unfilteredTotal,
    more: candidates.length > MAX_RANKED_RESULTS,
  }
}

/** searchDocuments, cached until a searched collection changes. */
export const searchPublished = cachedRead(searchDocuments, ['search:v2'], searchTags)

/**
 * The years that have searchable documents in a locale, newest first (the year filter's options).
 * Read year by year down the date index, one probe each: a DISTINCT read every row (220 ms at
 * 100,000 news items), and this runs again on the first search after every publish.
 */
export async function searchYears(locale: Locale): Promise<number[]> {
  const db = await database()
  // The boundary is yearStart()'s, as the stored `year` is the year in Chongqing; `d.year < y.year`
  // only guards the recursion against a row whose year and date disagree.
  const { rows } = await db.execute(sql`
    WITH RECURSIVE years(year) AS (
      (SELECT year FROM search_documents WHERE locale = ${locale} AND date IS NOT NULL ORDER BY date DESC NULLS LAST LIMIT 1)
      UNION ALL
      SELECT (
        SELECT d.year FROM search_documents d
        WHERE d.locale = ${locale} AND d.date < (y.year || '-01-01T00:00:00+08:00')::timestamptz AND d.year < y.year
        ORDER BY d.date DESC NULLS LAST LIMIT 1
      ) FROM years y WHERE y.year IS NOT NULL
    )
    SELECT year FROM years WHERE year IS NOT NULL`)
  return (rows as { year: number }[]).map((row) => Number(row.year))
}

/** searchYears, cached until a searched collection changes. */
export const getSearchYears = cachedRead(searchYears, ['search:years'], searchTags)

/**
 * What a search request may hold, in one place: the proxy, the search pages, the form and the
 * data module all read these limits and this canonical form. No server-only imports: the proxy
 * uses it too.
 */

/** Longer queries are cut here (in characters), so any input costs the same small amount of work. */
export const MAX_QUERY_LENGTH = 100
/** Words beyond these are ignored: each is one more condition in the query. */
export const MAX_QUERY_TERMS = 8
export const SEARCH_PAGE_SIZE = 10
/**
 * A search ranks the newest matches only, this many at most, so a word found in every document
 * costs no more than a rare one; more matches are reported as "more than" this.
 */
export const MAX_RANKED_RESULTS = 200
/**
 * How many of the newest documents a search reads in date order before it asks the term's index
 * instead: the index then lists at most about a tenth of the documents, which costs about as
 * much as this walk (measured with `npm run bench:search`).
 */
export const RECENT_WINDOW = 2000
/**
 * The most documents a search walks when the first window held some matches but too few: a term
 * that needs a longer walk is in at most a few percent of the documents, which its index lists
 * for less.
 */
export const MAX_WALK = 5 * RECENT_WINDOW
/** The highest page number a URL may ask for (deeper pages are a 404). */
const MAX_PAGE = 1000

export const searchTypes = ['news', 'projects', 'policies', 'pages'] as const
export type SearchType = (typeof searchTypes)[number]

export type SearchRequest = {
  q: string
  type?: SearchType
  year?: number
  page: number
}

/**
 * The query as it is searched: whitespace (including the ideographic space) collapsed, control
 * characters dropped, cut to MAX_QUERY_LENGTH characters (never inside a surrogate pair).
 */
export function normalizeQuery(raw: string): string {
  // Bounded before the regular expressions run, so a 10,000-character query costs nothing extra.
  const bounded = raw.slice(0, MAX_QUERY_LENGTH * 4)
  const cleaned = bounded
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

/** The distinct words of a normalized query, lower-cased, at most MAX_QUERY_TERMS. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(' ').filter(Boolean))].slice(0, MAX_QUERY_TERMS)
}

/** A search request from URL parameters; anything unknown or malformed is left out. */
export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const type = params.get('type')
  const year = params.get('year')
  const page = params.get('page')
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    type: searchTypes.find((candidate) => candidate === type),
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    page: page && /^[1-9]\d{0,5}$/.test(page) && Number(page) <= MAX_PAGE ? Number(page) : 1,
  }
}

/** URL parameters of a request (known keys in a fixed order, page 1 and empty values left out). */
export function searchParamsOf(request: Partial<SearchRequest>): URLSearchParams {
  const params = new URLSearchParams()
  if (request.q) params.set('q', request.q)
  if (request.type) params.set('type', request.type)
  if (request.year) params.set('year', String(request.year))
  if (request.page && request.page > 1) params.set('page', String(request.page))
  return params
}

/**
 * The longest canonical query (percent-encoded, as Next names its page-cache files after it) that
 * is cached as a page: file names end at 255 bytes. A Chinese character takes 9, so queries of
 * up to about 20 Chinese characters are cached; longer ones render per request.
 */
export const MAX_CACHED_QUERY_LENGTH = 200

/**
 * The canonical form of a search URL's query, so each distinct search is rendered and cached
 * once: '' when there is no query to search.
 */
export function canonicalSearchQuery(params: URLSearchParams): string {
  const request = parseSearchParams(params)
  return request.q ? searchParamsOf(request).toString() : ''
}

/** The search a `/search/q/…` or `/search/long/…` path segment holds, if it is in canonical form (only src/proxy.ts makes those). */
export function searchFromSegment(segment: string): SearchRequest | null {
  const params = new URLSearchParams(decodeURIComponent(segment))
  return canonicalSearchQuery(params) === params.toString() ? parseSearchParams(params) : null
}

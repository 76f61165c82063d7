/** A value from Next's `searchParams`: absent, once, or repeated. */
export type QueryValue = string | string[] | undefined
export type Query = Record<string, QueryValue>

const single = (value: QueryValue) => (Array.isArray(value) ? value[0] : value)

/** A page number from the query: 1 when absent, null when it is not a positive whole number. */
export function parsePage(value: QueryValue): number | null {
  const text = single(value)
  if (text === undefined || text === '') return 1
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null
}

/** One of the allowed values; undefined when none is given, null when the one given is unknown. */
export function pickAllowed<T extends string>(value: QueryValue, allowed: readonly T[]): T | undefined | null {
  const text = single(value)
  if (!text) return undefined
  return allowed.find((option) => option === text) ?? null
}

/** A year that has content; undefined when none is given, null when the one given has none. */
export function pickYear(value: QueryValue, years: number[]): number | undefined | null {
  const text = single(value)
  if (!text) return undefined
  return years.find((year) => String(year) === text) ?? null
}

type Known<F> = { [K in keyof F]: Exclude<F[K], null> }

/**
 * The filters when every value given is known, else null: the list is then a 404, as each junk
 * value would otherwise be rendered and cached as a page of its own.
 */
export function knownFilters<F extends Record<string, unknown>>(filters: F): Known<F> | null {
  return Object.values(filters).includes(null) ? null : (filters as Known<F>)
}

/** The query string for a list link: the given filters without empty values, plus a page number. */
export function listHref(path: string, filters: Record<string, string | number | undefined>, page = 1): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') query.set(key, String(value))
  if (page > 1) query.set('page', String(page))
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

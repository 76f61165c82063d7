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

/** One of the allowed values, or undefined (an unknown value falls back to "all"). */
export function pickAllowed<T extends string>(value: QueryValue, allowed: readonly T[]): T | undefined {
  const text = single(value)
  return allowed.find((option) => option === text)
}

/** A year from the query if it is one of the years that have content. */
export function pickYear(value: QueryValue, years: number[]): number | undefined {
  const text = single(value)
  return years.find((year) => String(year) === text)
}

/** The query string for a list link: the given filters without empty values, plus a page number. */
export function listHref(path: string, filters: Record<string, string | number | undefined>, page = 1): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') query.set(key, String(value))
  if (page > 1) query.set('page', String(page))
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

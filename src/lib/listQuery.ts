/** The query parameters each list understands; anything else in a list URL is ignored. */
export const listParameters = {
  news: ['category', 'year', 'page'],
  projects: ['status', 'category', 'sort', 'page'],
  policies: ['type', 'issuer', 'year', 'validity', 'page'],
} as const

export type ListSection = keyof typeof listParameters

const valuePattern = /^[a-z0-9-]{1,80}$/

/**
 * A list query in one canonical form (known keys, in a fixed order, plausible values only), so
 * that each distinct filter combination is rendered and cached once. '' when nothing is left.
 */
export function canonicalListQuery(section: ListSection, params: URLSearchParams): string {
  const canonical = new URLSearchParams()
  for (const key of listParameters[section]) {
    const value = params.get(key)?.toLowerCase()
    if (value && valuePattern.test(value)) canonical.set(key, value)
  }
  return canonical.toString()
}

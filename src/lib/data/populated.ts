/** A relationship value when Payload populated it (depth ≥ 1 and readable), otherwise null. */
export function populated<T extends { id: number }>(value: number | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}

/** The populated documents of a has-many relationship, skipping ones the reader may not see. */
export function populatedList<T extends { id: number }>(values: (number | T)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}

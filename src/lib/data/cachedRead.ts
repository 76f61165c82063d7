import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { CacheTag } from '../cacheTags'

/**
 * A read of the public site: cached across requests until one of its tags is revalidated
 * (Next's data cache), and shared within one render (React's cache). A page's metadata and its
 * body ask for the same document at once, before either has stored it: without the second, a
 * first render read the database twice. Arguments are compared by value for strings and numbers
 * only, so a read given an object is shared across requests but not within one.
 */
export function cachedRead<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  keyParts: string[],
  tags: readonly CacheTag[],
): (...args: Args) => Promise<Result> {
  return cache(unstable_cache(read, keyParts, { tags: [...tags] }))
}

import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  RequestContext,
} from 'payload'

import type { CacheTag } from '@/lib/cacheTags'

/**
 * Expires the public site's cached reads for a tag at once, so a change shows on the next
 * request. Scripts and tests run outside a Next server (no `NEXT_RUNTIME`), where there is no
 * cache to expire; seeds also say so with `context.disableRevalidate`.
 */
function expire(tag: CacheTag, context: RequestContext) {
  if (context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  revalidateTag(tag, { expire: 0 })
}

export const revalidateAfterChange =
  (tag: CacheTag): CollectionAfterChangeHook =>
  ({ doc, req }) => {
    expire(tag, req.context)
    return doc
  }

export const revalidateAfterDelete =
  (tag: CacheTag): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    expire(tag, req.context)
    return doc
  }

export const revalidateGlobalAfterChange =
  (tag: CacheTag): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    expire(tag, req.context)
    return doc
  }

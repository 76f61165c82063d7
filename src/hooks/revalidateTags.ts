import { revalidateTag } from 'next/cache'
import { AsyncLocalStorage } from 'node:async_hooks'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  RequestContext,
} from 'payload'

import type { CacheTag } from '@/lib/cacheTags'
import { expireTagsNow } from '@/server/pageRevalidation.mjs'

/**
 * Expires the public site's cached reads for a tag at once, so a change shows on the next
 * request. Scripts and tests run outside a Next server (no `NEXT_RUNTIME`), where there is no
 * cache to expire; seeds also say so with `context.disableRevalidate`.
 */
function expire(tag: CacheTag, context: RequestContext) {
  if (context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  const pending = tagsToExpire.getStore()
  if (pending) pending.add(tag)
  else revalidateTag(tag, { expire: 0 })
}

// Payload runs hooks inside the change's database transaction and commits after them: a page
// rendered between an expiry in a hook and the commit reads the old data and is cached as new
// (bench:load saw edits stay invisible that way). API requests therefore collect their tags here
// and expire them when Payload's handler has returned, after the commit and before the response
// goes out (in the cache itself: Next's revalidateTag() in a route handler acts only after it).
const tagsToExpire = new AsyncLocalStorage<Set<CacheTag>>()

/** Wraps a Payload route handler so that the tags its changes expire are expired after its commit. */
export function expiringTagsAfterCommit<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const tags = new Set<CacheTag>()
    try {
      return await tagsToExpire.run(tags, () => handler(...args))
    } finally {
      if (tags.size > 0 && !(await expireTagsNow([...tags]))) for (const tag of tags) revalidateTag(tag, { expire: 0 })
    }
  }
}

type Versioned = { _status?: 'draft' | 'published' | null } | undefined

/** A draft that was never published is not on any public page; nothing to expire. */
const neverPublic = (doc: Versioned, previousDoc: Versioned) =>
  doc?._status === 'draft' && previousDoc?._status !== 'published'

export const revalidateAfterChange =
  (tag: CacheTag): CollectionAfterChangeHook =>
  ({ doc, previousDoc, req }) => {
    // Also keeps the admin's create view, which saves a first draft while it renders, from
    // calling revalidateTag during a render (which Next refuses).
    if (!neverPublic(doc, previousDoc)) expire(tag, req.context)
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

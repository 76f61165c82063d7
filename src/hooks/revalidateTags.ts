import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * Expires the public site's cached reads for these tags at once, so a published change shows on
 * the next request. Seeds and scripts run outside Next and pass `context.disableRevalidate`.
 */
export function revalidateTagsAfterChange(tags: readonly string[]): CollectionAfterChangeHook {
  return ({ doc, req }) => {
    if (!req.context.disableRevalidate) expire(tags)
    return doc
  }
}

export function revalidateTagsAfterDelete(tags: readonly string[]): CollectionAfterDeleteHook {
  return ({ doc, req }) => {
    if (!req.context.disableRevalidate) expire(tags)
    return doc
  }
}

function expire(tags: readonly string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SearchType } from '@/lib/searchQuery'
import { removeSearchDocument, syncSearchDocument } from '@/search/indexer'

/**
 * Keeps the search index in step with what the public can read: every save (publishing, a change
 * while published, unpublishing, a draft, moving to the trash, restoring) re-reads the published
 * version of the document in the same transaction. The hook's own `doc` cannot tell: after a
 * draft save it is the draft, and `previousDoc` may be an earlier draft of a published document.
 */
export const syncSearchAfterChange =
  (collection: SearchType): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await syncSearchDocument(req.payload, collection, (doc as { id: number }).id, req)
    return doc
  }

export const removeFromSearchAfterDelete =
  (collection: SearchType): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await removeSearchDocument(req.payload, collection, Number(id), req)
  }

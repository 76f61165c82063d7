import type { Access, CollectionBeforeOperationHook, Where } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff read everything; everyone else reads published documents that are not in the trash.
 * Returning a `where` (not `true`) is what keeps drafts out of REST, GraphQL and the Local API
 * with access checks; the `deletedAt` condition holds even when a request asks for the trash
 * (`?trash=true`, GraphQL's `trash: true`), which would otherwise list trashed documents too.
 */
const publicDocuments: Where = { and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }] }

export const publishedOrStaff: Access = ({ req: { user } }) => (isStaffUser(user) ? true : publicDocuments)

/**
 * `?draft=true` makes Payload read the newest version, which may be an unpublished draft of a
 * published document; for anyone but staff the flag is dropped before the query is built.
 * Trusted server code that skips access checks (`overrideAccess`) keeps it.
 */
export const publicReadsIgnoreDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !args.overrideAccess && !isStaffUser(req.user)) return { ...args, draft: false }
  return args
}

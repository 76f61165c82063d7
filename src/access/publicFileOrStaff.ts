import type { Access, CollectionBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

import { isVisitorsRead } from './publicReadLimits'
import { isStaffUser } from './roles'

/**
 * Images and PDFs are staff's until a published document uses them (the `public` flag that
 * src/hooks/fileUses.ts keeps): a file uploaded for a draft is neither listed nor served.
 * The `where` also decides downloads: Payload serves `/api/media/file/…` only for a document it matches.
 */
export const publicFileOrStaff: Access = ({ req: { user } }) => (isStaffUser(user) ? true : { public: { equals: true } })

/** Visitors ask for a file by its address or id; listing the library is staff's. */
export const visitorsListNoFiles: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !('id' in args) && isVisitorsRead(args, req)) throw new Forbidden(req.t)
  return args
}

import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff read everything; everyone else reads published documents only. Returning a `where`
 * (not `true`) is what keeps drafts out of REST, GraphQL and `draft=true` requests.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) ? true : { _status: { equals: 'published' } }

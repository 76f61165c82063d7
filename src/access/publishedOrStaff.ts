import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything; everyone else reads published documents only. Returning a `where`
 * (not `true`) is what keeps drafts out of REST, GraphQL and `draft=true` requests.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'translator') ? true : { _status: { equals: 'published' } }

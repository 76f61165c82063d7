import type { Access } from 'payload'

import { hasRole } from './roles'

export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  return hasRole(user, 'admin') ? true : { id: { equals: user.id } }
}

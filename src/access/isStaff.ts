import type { Access } from 'payload'

import { hasRole } from './roles'

/** Anyone who works in the admin panel: admins, editors and translators. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'translator')

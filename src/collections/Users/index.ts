import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { roles } from '@/access/roles'
import {
  auditAccountChange,
  auditAccountOperation,
  auditDelete,
  auditFailedLogin,
  auditLogin,
  auditPasswordChange,
} from '@/hooks/audit'

import { firstRegisterEndpoint, firstUserIsAdmin } from './firstAdmin'
import { requireStrongPassword } from './passwordPolicy'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', zh: '用户' }, plural: { en: 'Users', zh: '用户' } },
  auth: {
    // 50 failed logins in a row lock the account for 15 minutes. One address may fail at one
    // account at most 45 times in two days (src/server/rateLimit.ts), so only many addresses
    // together can lock it (docs/security.md). A session lasts a working day.
    maxLoginAttempts: 50,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  endpoints: [firstRegisterEndpoint],
  hooks: {
    beforeValidate: [requireStrongPassword],
    beforeChange: [firstUserIsAdmin, auditPasswordChange],
    afterChange: [auditAccountChange],
    afterDelete: [auditDelete],
    afterOperation: [auditAccountOperation],
    afterLogin: [auditLogin],
    afterError: [auditFailedLogin],
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any logged-in account unlock any other; a lock is lifted by an admin only.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: { en: 'Administration', zh: '系统管理' },
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } },
    {
      name: 'roles',
      type: 'select',
      label: { en: 'Roles', zh: '角色' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({
        value: role,
        label: {
          admin: { en: 'Administrator', zh: '管理员' },
          editor: { en: 'Editor', zh: '编辑' },
          translator: { en: 'Translator', zh: '译员' },
        }[role],
      })),
      // Only admins hand out roles; the first user of an empty database becomes an admin (firstUserIsAdmin).
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { roles } from '@/access/roles'
import { auditFailedLogin, auditLogin } from '@/hooks/audit'

import { requireStrongPassword } from './passwordPolicy'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', zh: '用户' }, plural: { en: 'Users', zh: '用户' } },
  auth: {
    // Five wrong passwords lock the account for 15 minutes; a session lasts a working day.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  hooks: {
    beforeValidate: [requireStrongPassword],
    afterLogin: [auditLogin],
    afterError: [auditFailedLogin],
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
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
      // Only admins hand out roles; the first user (created in an empty database) becomes an admin.
      access: { create: isAdminField, update: isAdminField },
      hooks: {
        beforeChange: [
          async ({ req, value, operation }) => {
            if (operation !== 'create') return value
            const { totalDocs } = await req.payload.count({ collection: 'users', req })
            return totalDocs === 0 ? ['admin'] : value
          },
        ],
      },
    },
  ],
}

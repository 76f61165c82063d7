import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

export const auditActions = [
  'create',
  'update',
  'publish',
  'unpublish',
  'trash',
  'restore',
  'delete',
  'login',
  'loginFailed',
  'roleChange',
  'passwordChange',
  'unlock',
] as const
export type AuditAction = (typeof auditActions)[number]

const actionLabels: Record<AuditAction, { en: string; zh: string }> = {
  create: { en: 'Created', zh: '创建' },
  update: { en: 'Changed', zh: '修改' },
  publish: { en: 'Published', zh: '发布' },
  unpublish: { en: 'Unpublished', zh: '撤回发布' },
  trash: { en: 'Moved to trash', zh: '移入回收站' },
  restore: { en: 'Restored from trash', zh: '从回收站恢复' },
  delete: { en: 'Deleted for good', zh: '永久删除' },
  login: { en: 'Logged in', zh: '登录' },
  loginFailed: { en: 'Failed login', zh: '登录失败' },
  roleChange: { en: 'Roles changed', zh: '角色变更' },
  passwordChange: { en: 'Password changed', zh: '密码修改' },
  unlock: { en: 'Account unlocked', zh: '账号解锁' },
}

/**
 * Who did what and when. Written only by hooks on the server (src/hooks/audit.ts); nobody,
 * admins included, can create, change or delete an entry through the admin or the API.
 */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  labels: { singular: { en: 'Audit entry', zh: '审计记录' }, plural: { en: 'Audit log', zh: '审计日志' } },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'targetCollection', 'summary', 'userEmail'],
    group: { en: 'Administration', zh: '系统管理' },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      label: { en: 'Action', zh: '操作' },
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: actionLabels[value] })),
    },
    { name: 'targetCollection', type: 'text', label: { en: 'Collection', zh: '集合' }, index: true },
    { name: 'documentId', type: 'text', label: { en: 'Document', zh: '文档' }, index: true },
    { name: 'summary', type: 'text', label: { en: 'Summary', zh: '摘要' } },
    { name: 'locale', type: 'text', label: { en: 'Locale', zh: '语言' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { en: 'User', zh: '用户' }, index: true },
    { name: 'userEmail', type: 'text', label: { en: 'Email', zh: '邮箱' }, index: true },
  ],
}

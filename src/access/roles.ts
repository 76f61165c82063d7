import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type UserWithRoles = { roles?: Role[] | null } | null | undefined

export function hasRole(user: UserWithRoles, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}

export type AccessArgs = { req: PayloadRequest }

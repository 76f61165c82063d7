export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type UserWithRoles = { roles?: Role[] | null } | null | undefined

export function hasRole(user: UserWithRoles, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role)))
}

/** Anyone who works in the admin panel: admins, editors and translators. */
export function isStaffUser(user: UserWithRoles): boolean {
  return hasRole(user, ...roles)
}

/** A translator with no editing role on top: limited to English drafts. */
export function isTranslatorOnly(user: UserWithRoles): boolean {
  return hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor')
}

/** Staff roles. Trainees never have accounts: the public site needs none. */
export const ROLES = ['admin', 'editor', 'caseworker', 'manager'] as const
export type Role = (typeof ROLES)[number]

/** Any signed-in user (or none); only its `roles` array is read. */
export type RoleHolder = object | null | undefined

const rolesOf = (user: RoleHolder): unknown[] => {
  const roles = user && 'roles' in user ? user.roles : undefined
  return Array.isArray(roles) ? roles : []
}

/** True when the user holds at least one of the roles. */
export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  rolesOf(user).some((role) => (roles as readonly unknown[]).includes(role))

export const isAdminUser = (user: RoleHolder): boolean => hasRole(user, 'admin')
/** Editors and admins change content and forms. */
export const isEditorUser = (user: RoleHolder): boolean => hasRole(user, 'admin', 'editor')
/** Anyone signed in with a staff role. */
export const isStaffUser = (user: RoleHolder): boolean => hasRole(user, ...ROLES)
/** Admins and case workers: who may read referrals' free-text health details (answers, notes). */
export const readsHealthDetails = (user: RoleHolder): boolean => hasRole(user, 'admin', 'caseworker')

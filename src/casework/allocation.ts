/** A user as allocation sees one: roles and the ids (or documents) of their services. */
export type Allocatable = { roles?: unknown; services?: unknown } | null | undefined

const idOf = (value: unknown): string | null => {
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/** The service ids a user works for, whether populated or not. */
export const serviceIdsOfUser = (user: Allocatable): string[] =>
  Array.isArray(user?.services) ? user.services.map(idOf).filter((id): id is string => id !== null) : []

const hasRole = (user: Allocatable, role: string) => Array.isArray(user?.roles) && user.roles.includes(role)

/**
 * Who may hold a referral: an admin, or a case worker of the referral's routed service
 * (as HOCS allocates a stage only to a member of its team).
 */
export function mayHoldReferral(user: Allocatable, serviceId: unknown): boolean {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const service = idOf(serviceId)
  return hasRole(user, 'caseworker') && service !== null && serviceIdsOfUser(user).includes(service)
}

/** A relationship value (id or populated document) as a comparable id, or null. */
export const relationId = idOf

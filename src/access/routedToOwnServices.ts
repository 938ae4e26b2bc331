import type { Access } from 'payload'

import { hasRole, isAdminUser, type RoleHolder } from './roles'

/** The ids of the services a case worker is assigned to, whether populated or not. */
function serviceIdsOf(user: RoleHolder): Array<string | number> {
  const services = user && 'services' in user ? user.services : undefined
  if (!Array.isArray(services)) return []
  return services
    .map((service: unknown) => (service && typeof service === 'object' && 'id' in service ? service.id : service))
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
}

/**
 * Referrals: admins see all; a case worker sees only those routed to one of their services
 * (`users.services`), as a query constraint so lists and counts obey it too. Managers get no
 * raw referrals: their dashboards aggregate instead.
 */
export const routedToOwnServices: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!hasRole(req.user, 'caseworker')) return false
  const services = serviceIdsOf(req.user)
  if (services.length === 0) return false
  return { routedService: { in: services } }
}

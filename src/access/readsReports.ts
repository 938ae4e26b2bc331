import { hasRole, type Role, type RoleHolder } from './roles'

/** Managers and admins read the reports (small numbers suppressed; admins may switch that off). */
export const REPORT_READERS: readonly Role[] = ['admin', 'manager']

/** True for a manager or an admin: the reports view, its summary CSV and the headline numbers. */
export const readsReports = (user: RoleHolder): boolean => hasRole(user, ...REPORT_READERS)

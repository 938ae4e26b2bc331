import { REPORT_READERS } from './readsReports'
import { hasRole, type Role, type RoleHolder } from './roles'

const CONTENT: readonly Role[] = ['admin', 'editor']

/**
 * Who sees each part of the admin: its nav link, its dashboard card and its pages. What they
 * may do there is still set by each collection's access; this only keeps each role's admin to
 * what it can use (a manager has Reports, not an empty Referrals list). A collection or global
 * not listed is seen by nobody in the admin.
 */
export const ADMIN_NAVIGATION = {
  // Collections
  services: CONTENT,
  resources: CONTENT,
  policies: CONTENT,
  'support-lines': CONTENT,
  'eligibility-criteria': CONTENT,
  forms: CONTENT,
  'form-versions': CONTENT,
  media: CONTENT,
  submissions: ['admin', 'caseworker'],
  users: ['admin'],
  'audit-log': ['admin'],
  // Globals
  'site-settings': CONTENT,
  'contact-routing': CONTENT,
  'working-calendar': ['admin', 'caseworker'],
  retention: ['admin'],
  // Custom views
  casework: ['admin', 'caseworker'],
  reports: REPORT_READERS,
  'subject-access': ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type AdminArea = keyof typeof ADMIN_NAVIGATION

const isArea = (slug: string): slug is AdminArea => Object.prototype.hasOwnProperty.call(ADMIN_NAVIGATION, slug)

/** True when this user's admin shows the area (a collection, global or view). */
export function seesInAdmin(user: RoleHolder, area: string): boolean {
  return isArea(area) && hasRole(user, ...ADMIN_NAVIGATION[area])
}

const VIEWS: readonly AdminArea[] = ['casework', 'reports', 'subject-access']

/** True when the user sees at least one collection or global (a manager sees none: only Reports). */
export function seesCollectionsInAdmin(user: RoleHolder): boolean {
  return (Object.keys(ADMIN_NAVIGATION) as AdminArea[]).some((area) => !VIEWS.includes(area) && seesInAdmin(user, area))
}

type WithAdmin = { slug: string; admin?: { hidden?: unknown } }

/**
 * The collection or global with `admin.hidden` set from the table above, for each user. One
 * already hidden from everyone (internal records such as rate limits) stays hidden.
 */
export function withRoleNavigation<T extends WithAdmin>(entity: T): T {
  if (entity.admin?.hidden === true) return entity
  const slug = entity.slug
  return { ...entity, admin: { ...entity.admin, hidden: ({ user }: { user: RoleHolder }) => !seesInAdmin(user, slug) } }
}

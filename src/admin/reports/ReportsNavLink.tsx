import type { ServerProps } from 'payload'

import { seesInAdmin } from '@/access/navigation'
import { REPORTS_PATH } from './paths'

/** The nav link to the reports view, for managers and admins only. */
export function ReportsNavLink({ user, payload }: ServerProps) {
  if (!seesInAdmin(user, 'reports')) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${REPORTS_PATH}`}>
      <span className="nav__link-label">Reports</span>
    </a>
  )
}

import type { ServerProps } from 'payload'

import { seesInAdmin } from '@/access/navigation'
import { CASEWORK_PATH } from './paths'

/** The nav link to the case-work view, for case workers and admins only. */
export function CaseworkNavLink({ user, payload }: ServerProps) {
  if (!seesInAdmin(user, 'casework')) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${CASEWORK_PATH}`}>
      <span className="nav__link-label">Case work</span>
    </a>
  )
}

import type { ServerProps } from 'payload'

import { seesInAdmin } from '@/access/navigation'
import { SUBJECT_ACCESS_PATH } from './paths'

/** The nav link to the subject-access view, for administrators only. */
export function SubjectAccessNavLink({ user, payload }: ServerProps) {
  if (!seesInAdmin(user, 'subject-access')) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${SUBJECT_ACCESS_PATH}`}>
      <span className="nav__link-label">Subject access</span>
    </a>
  )
}

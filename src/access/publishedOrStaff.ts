import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read drafts; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}

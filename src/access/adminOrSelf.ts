import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Admins manage every account; other staff may read and update only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

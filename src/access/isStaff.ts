import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Any staff role: reading content in the admin, drafts included. */
export const isStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : false)

import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level: the free-text health details of a referral (answers, notes) are for admins and case workers only. */
export const isCaseworkerField: FieldAccess = ({ req }) => (hasRole(req.user, 'admin', 'caseworker') ? true : false)

import type { FieldAccess } from 'payload'

import { readsHealthDetails } from './roles'

/** Field-level: the free-text health details of a referral (answers, notes) are for admins and case workers only. */
export const isCaseworkerField: FieldAccess = ({ req }) => (readsHealthDetails(req.user) ? true : false)

import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser } from '@/access'
import type { Stage } from '@/casework/stages'
import { checkTransition } from '@/casework/transitions'
import { caseRefusal } from '@/submissions/caseRefusal'

/**
 * A change of stage must be one of the allowed moves (`src/casework/transitions.ts`), for
 * every caller, the Local API with `overrideAccess` included. Closing needs an outcome, which
 * cannot then be removed; an open referral has none (re-opening clears it). A referral closed
 * before outcomes existed stays editable (its notes, say) without one.
 */
export const enforceStageTransition: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as Stage
  const to = (data.status ?? from) as Stage
  const check = checkTransition(from, to, isAdminUser(req.user))
  if (!check.allowed) throw caseRefusal(req, 'status', check.message)
  if (to !== 'closed') return { ...data, outcome: null }
  if (!data.outcome && (from !== 'closed' || originalDoc.outcome)) throw caseRefusal(req, 'outcome', 'Choose an outcome to close the referral.')
  return data
}

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { mayHoldReferral, relationId } from '@/casework/allocation'
import { caseRefusal } from '@/submissions/caseRefusal'

const loadUser = (req: PayloadRequest, id: string) =>
  req.payload.findByID({ collection: 'users', id, depth: 0, req, disableErrors: true, select: { roles: true, services: true } })

/**
 * A referral is held by an admin or a case worker of its routed service; it is never routed
 * to no service. Re-routing it drops a holder who does not work for the new service.
 */
export const enforceAllocation: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const service = data.routedService === undefined ? relationId(originalDoc.routedService) : relationId(data.routedService)
  const rerouted = service !== relationId(originalDoc.routedService)
  if (rerouted && service === null) throw caseRefusal(req, 'routedService', 'Choose the service this referral goes to.')
  const assignee = data.assignee === undefined ? relationId(originalDoc.assignee) : relationId(data.assignee)
  if (assignee === null) return data
  const reassigned = assignee !== relationId(originalDoc.assignee)
  if (!reassigned && !rerouted) return data
  const holds = mayHoldReferral(await loadUser(req, assignee), service)
  if (holds) return data
  if (reassigned) throw caseRefusal(req, 'assignee', "Assign the referral to a case worker of its service, or an administrator.")
  return { ...data, assignee: null }
}

import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { mayHoldReferral, relationId, type Allocatable } from '@/casework/allocation'
import { caseRefusal } from '@/submissions/caseRefusal'

/** The document, or null when the id names none (or is not an id at all). */
async function load(req: PayloadRequest, collection: CollectionSlug, id: string): Promise<unknown> {
  try {
    return await req.payload.findByID({ collection, id, depth: 0, req, disableErrors: true })
  } catch {
    return null
  }
}

/** The id sent for a relationship: unchanged, none (null), or an id; `false` when it is not one. */
function sentId(sent: unknown, current: unknown): string | null | false {
  if (sent === undefined) return relationId(current)
  if (sent === null || sent === '') return null
  return relationId(sent) ?? false
}

const NO_HOLDER = 'Assign the referral to a case worker of its service, or an administrator.'
const NO_SERVICE = 'Choose the service this referral goes to.'

/**
 * A referral is held by an admin or a case worker of its routed service; it is never routed
 * to no service. Re-routing it drops a holder who does not work for the new service.
 */
export const enforceAllocation: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const service = sentId(data.routedService, originalDoc.routedService)
  const rerouted = service !== relationId(originalDoc.routedService)
  if (rerouted && (!service || !(await load(req, 'services', service)))) throw caseRefusal(req, 'routedService', NO_SERVICE)
  const assignee = sentId(data.assignee, originalDoc.assignee)
  if (assignee === false) throw caseRefusal(req, 'assignee', NO_HOLDER)
  if (assignee === null) return data
  const reassigned = assignee !== relationId(originalDoc.assignee)
  if (!reassigned && !rerouted) return data
  if (mayHoldReferral((await load(req, 'users', assignee)) as Allocatable, service)) return data
  if (reassigned) throw caseRefusal(req, 'assignee', NO_HOLDER)
  return { ...data, assignee: null }
}

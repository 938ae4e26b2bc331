import type { PayloadRequest, Where } from 'payload'

import { hasRole, isAdminUser } from '@/access'
import { serviceIdsOfUser } from '@/casework/allocation'
import type { Priority } from '@/casework/stages'
import { recordCaseChanges } from './caseAudit'
import { claimReferral, UNALLOCATED } from './claimReferral'

export type TakeNextResult =
  | { status: 200; id: string | number; reference: string }
  | { status: 401 | 403 | 404; message: string }

/** Most urgent first; within a priority, the oldest first. */
const URGENCY_ORDER: Priority[] = ['urgent', 'normal']
const BATCH = 10
/** A bound on re-queries, should a claim keep failing for a reason other than a colleague's win. */
const MAX_ROUNDS = 50

/**
 * "Take next": gives the signed-in case worker (or admin) the most urgent, then oldest,
 * unallocated open referral of their services (an admin with no services: of any service).
 * Each candidate is claimed with a conditional write; one lost to a colleague pressing at the
 * same moment drops out of the next query, so the loop ends and no referral goes to two people.
 */
export async function takeNextReferral(req: PayloadRequest): Promise<TakeNextResult> {
  const user = req.user
  if (!user) return { status: 401, message: 'Sign in to take a referral' }
  if (!hasRole(user, 'admin', 'caseworker')) return { status: 403, message: 'Only case workers take referrals' }
  const services = serviceIdsOfUser(user)
  if (services.length === 0 && !isAdminUser(user)) return { status: 404, message: 'No unallocated referrals' }
  const ofServices: Where = services.length > 0 ? { routedService: { in: services } } : { routedService: { exists: true } }
  for (const priority of URGENCY_ORDER) {
    const where: Where = { and: [UNALLOCATED, ofServices, { priority: { equals: priority } }, { status: { not_equals: 'closed' } }] }
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // No `req`: choosing candidates is not a member of staff reading referrals (nothing to audit).
      const { docs } = await req.payload.find({ collection: 'submissions', where, sort: 'submittedAt', limit: BATCH, depth: 0, select: { reference: true, assignee: true } })
      if (docs.length === 0) break
      for (const doc of docs) {
        if (!(await claimReferral(req.payload, doc.id, user.id))) continue
        await recordCaseChanges(req, doc, { ...doc, assignee: user.id })
        return { status: 200, id: doc.id, reference: doc.reference }
      }
    }
  }
  return { status: 404, message: 'No unallocated referrals' }
}

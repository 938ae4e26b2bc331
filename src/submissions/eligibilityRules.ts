import type { Payload, PayloadRequest } from 'payload'

import { toConditionGroup } from '@collections/Forms/toFormDefinition'
import type { EligibilityRule } from '@/eligibility/types'

/** The eligibility criteria staff keep in the admin, as the pure engine's rules. */
export async function loadEligibilityRules(payload: Payload, req?: Partial<PayloadRequest>): Promise<EligibilityRule[]> {
  const { docs } = await payload.find({ collection: 'eligibility-criteria', sort: 'order', limit: 100, depth: 0, pagination: false, req })
  return docs.map((doc) => ({
    key: doc.key,
    title: doc.title,
    explanation: doc.explanation,
    role: doc.role,
    when: toConditionGroup(doc.when) ?? { match: 'all', conditions: [] },
    ...(doc.notMetReason ? { notMetReason: doc.notMetReason } : {}),
  }))
}

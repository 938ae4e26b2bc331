import type { Payload, PayloadRequest } from 'payload'

import { toConditionGroup } from '@collections/Forms/toFormDefinition'
import type { EligibilityRule } from '@/eligibility/types'

/**
 * Reading the criteria (each with its nested conditions) is the dearest step of receiving a
 * referral, and they change a few times a year: each process reuses them for a few seconds.
 * A change made through this process forgets them at once; other instances follow within
 * the same few seconds.
 */
const REUSE_FOR_MS = 5_000
let reused = new WeakMap<Payload, { until: number; rules: Promise<EligibilityRule[]> }>()

async function readEligibilityRules(payload: Payload, req?: Partial<PayloadRequest>): Promise<EligibilityRule[]> {
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

/** The eligibility criteria staff keep in the admin, as the pure engine's rules. */
export function loadEligibilityRules(payload: Payload, req?: Partial<PayloadRequest>): Promise<EligibilityRule[]> {
  const hit = reused.get(payload)
  if (hit && hit.until > Date.now()) return hit.rules
  const rules = readEligibilityRules(payload, req)
  reused.set(payload, { until: Date.now() + REUSE_FOR_MS, rules })
  rules.catch(() => reused.delete(payload))
  return rules
}

/** Called when a criterion changes, so this process reads them afresh. */
export function forgetEligibilityRules(): void {
  reused = new WeakMap()
}

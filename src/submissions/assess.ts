import type { Payload, PayloadRequest } from 'payload'

import { evaluateEligibility } from '@/eligibility'
import { isRiskTriggered, routeService } from '@/forms'
import type { Answers } from '@/forms/types'
import { loadEligibilityRules } from './eligibilityRules'
import type { PublishedForm } from './publishedForm'

/** What the service decides about valid answers before storing them. */
export type ReferralAssessment = {
  answers: Answers
  /** Only for forms with an eligibility gate. */
  eligibility?: { eligible: boolean; reason: string }
  /** The routed service's id, or undefined when no rule matched or the service is gone. */
  serviceId?: string | number
  /** The routed service's working days to first contact. */
  serviceFirstContactWorkingDays?: number
  priority: 'normal' | 'urgent'
}

async function serviceForSlug(payload: Payload, slug: string | undefined, req?: Partial<PayloadRequest>) {
  if (!slug) return undefined
  const { docs } = await payload.find({
    collection: 'services',
    where: { slug: { equals: slug } },
    select: { slug: true, firstContactWorkingDays: true },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0]
}

/**
 * Eligibility (when the form has a gate), routing and risk for answers the engine accepted.
 * An ineligible referral is still stored, flagged, so no one in difficulty goes unanswered.
 */
export async function assessReferral(payload: Payload, form: PublishedForm, answers: Answers, req?: Partial<PayloadRequest>): Promise<ReferralAssessment> {
  const definition = form.definition
  const service = await serviceForSlug(payload, routeService(definition, answers), req)
  const eligibility = definition.eligibilityGate ? evaluateEligibility(await loadEligibilityRules(payload, req), answers) : undefined
  return {
    answers,
    eligibility: eligibility && { eligible: eligibility.eligible, reason: eligibility.reason },
    serviceId: service?.id,
    serviceFirstContactWorkingDays: service?.firstContactWorkingDays,
    priority: isRiskTriggered(definition, answers) ? 'urgent' : 'normal',
  }
}

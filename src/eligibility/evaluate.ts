import { evaluateGroup } from '@/forms/conditions'
import type { Answers } from '@/forms/types'

import type { EligibilityOutcome, EligibilityRule } from './types'

/** Explains a failed required rule in the rule's own words, or from its explanation. */
function failedReason(rule: EligibilityRule): string {
  return rule.notMetReason?.trim() || `The PSU supports: ${rule.explanation}.`
}

/**
 * Applies the "Who can access the PSU?" rules to fact answers: every `required` rule must hold
 * and at least one `route` rule. The reason is plain English for the trainee: the first met
 * route's explanation when eligible, otherwise why not.
 */
export function evaluateEligibility(rules: EligibilityRule[], answers: Answers): EligibilityOutcome {
  const holds = (rule: EligibilityRule) => evaluateGroup(rule.when, answers)
  const required = rules.filter((rule) => rule.role === 'required')
  const routes = rules.filter((rule) => rule.role === 'route')
  const failed = required.filter((rule) => !holds(rule))
  const met = routes.filter(holds)
  const outcome = { metRoutes: met.map((rule) => rule.key), failedRequired: failed.map((rule) => rule.key) }
  if (failed.length > 0) {
    return { ...outcome, eligible: false, reason: failed.map(failedReason).join(' ') }
  }
  if (met.length === 0) {
    const groups = routes.map((rule) => rule.explanation.trim()).join('; ')
    const reason = groups
      ? `Your answers do not match any of the groups the PSU supports: ${groups}.`
      : 'The PSU has no groups of trainees set up that it can support at the moment.'
    return { ...outcome, eligible: false, reason }
  }
  return {
    ...outcome,
    eligible: true,
    reason: `You can use the PSU. You are in this group: ${met[0].explanation.trim()}`,
  }
}

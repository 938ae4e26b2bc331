import { pruneAnswers } from './answers'
import { evaluateGroup } from './conditions'
import type { Answers, FormDefinition } from './types'

/**
 * The slug of the service a submission is routed to: the first routing rule that matches,
 * else the default. Rules see only answers the trainee was shown, so a stale answer from an
 * abandoned route cannot send a referral to the wrong team.
 */
export function routeService(def: FormDefinition, answers: Answers): string | undefined {
  const known = pruneAnswers(def, answers)
  const rule = def.routing?.rules.find((candidate) => evaluateGroup(candidate.when, known))
  return rule?.service ?? def.routing?.defaultService
}

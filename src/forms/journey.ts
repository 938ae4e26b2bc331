import { evaluateGroup } from './conditions'
import { questionType } from './questions'
import type { Answers, FormDefinition, SummaryRow } from './types'
import { ownValue } from './values'
import { walkJourney } from './walk'

// The journey's building blocks live in steps.ts and walk.ts so that visibility.ts can use the
// walk without importing this module back; they are re-exported here as the journey's API.
export { firstPage, nextStep, pageTriggersRisk } from './steps'
export { walkJourney, type JourneyEnd, type JourneyWalk, type VisibleQuestion } from './walk'

/** Ids of the pages the trainee visits with these answers, in order. */
export function pathThrough(def: FormDefinition, answers: Answers): string[] {
  return walkJourney(def, answers).pages.map((page) => page.id)
}

/** True when any risk question on the trainee's route has a trigger answer. */
export function isRiskTriggered(def: FormDefinition, answers: Answers): boolean {
  return walkJourney(def, answers).riskPages.length > 0
}

/**
 * Rows for the check-answers page: every question shown on the trainee's route, in order,
 * with its answer formatted for reading ("1 January 2020", option labels, not values).
 * Unanswered optional questions appear with an empty value so they can still be changed.
 */
export function checkAnswersSummary(def: FormDefinition, answers: Answers): SummaryRow[] {
  const walk = walkJourney(def, answers)
  return walk.questions.map(({ page, question }) => ({
    pageId: page.id,
    key: question.key,
    label: question.label,
    value: questionType(question.type).format(ownValue(walk.answers, question.key), question),
  }))
}

/**
 * The slug of the service a submission is routed to: the first routing rule that matches,
 * else the default. Rules see only answers the trainee was shown, so a stale answer from an
 * abandoned route cannot send a referral to the wrong team.
 */
export function routeService(def: FormDefinition, answers: Answers): string | undefined {
  const known = walkJourney(def, answers).answers
  const rule = def.routing?.rules.find((candidate) => evaluateGroup(candidate.when, known))
  return rule?.service ?? def.routing?.defaultService
}

import type { Payload } from 'payload'

import { carryOverFacts, type CarryOver } from '@/eligibility'
import { pruneAnswers } from '@/forms'
import type { Answers } from '@/forms/types'

import { loadEligibilityJourney } from './load'
import { stepHref } from './paths'
import { resumeStep } from './progress'
import { currentSession, freshState, persist, type JourneyContext, type Outcome } from './service'
import { loadSession } from './session'
import type { Journey } from './types'

/** The answers given to the eligibility checker in the session with this token, if it is still live. */
async function checkerAnswers(payload: Payload, checkerToken: string | undefined, now: Date): Promise<Answers> {
  const { journey } = await loadEligibilityJourney(payload)
  const record = await loadSession(payload, journey.slug, checkerToken, now)
  return record?.state.answers ?? {}
}

/** What the eligibility checker already knows that this application asks; changes no answers. */
export async function eligibilityCarryOver(
  payload: Payload,
  journey: Journey,
  checkerToken: string | undefined,
  now = new Date(),
): Promise<CarryOver> {
  return carryOverFacts(journey.definition, await checkerAnswers(payload, checkerToken, now))
}

/**
 * "Use these answers" on the start page: the checker's facts fill the application's questions,
 * read again from the checker's session here and never from the post. They only prefill: each
 * page that asks one must still be posted, so the trainee sees and can change every carried answer.
 */
export async function carryOverEligibilityAnswers(ctx: JourneyContext, checkerToken: string | undefined): Promise<Outcome> {
  const { journey, payload, now } = ctx
  const carried = await eligibilityCarryOver(payload, journey, checkerToken, now)
  if (Object.keys(carried.answers).length === 0) return { redirect: journey.basePath }
  const record = await currentSession(ctx)
  const state = record && !record.state.reference ? record.state : freshState()
  const answers = pruneAnswers(journey.definition, { ...state.answers, ...carried.answers })
  // A page already answered that now holds a carried answer is asked again, so it is seen.
  const carriedKeys = new Set(Object.keys(carried.answers))
  const asksCarried = (pageId: string) =>
    journey.definition.pages.some((page) => page.id === pageId && page.questions.some((question) => carriedKeys.has(question.key)))
  const next = { ...state, answers, visited: state.visited.filter((pageId) => !asksCarried(pageId)), flash: undefined }
  return persist(ctx, record, next, stepHref(journey, resumeStep(journey.definition, next)))
}

import { nextStep, pageTriggersRisk, pruneAnswers, questionType, walkJourney } from '@/forms'
import type { Answers, FormDefinition, NextStep, Page } from '@/forms/types'
import { ownValue } from '@/forms/values'

import type { JourneyState, JourneyStep } from './types'

/** The engine's next step in the journey pages' terms: check-answers is the journey's end. */
export function toJourneyStep(step: NextStep): JourneyStep {
  if (step.kind === 'check-answers') return { kind: 'end' }
  if (step.kind === 'interruption') return { kind: 'interruption', after: step.after }
  return step
}

/** The stored answers to one page's questions. */
export function answersOnPage(page: Page, answers: Answers): Answers {
  return Object.fromEntries(page.questions.flatMap((q) => (ownValue(answers, q.key) === undefined ? [] : [[q.key, answers[q.key]]])))
}

/** Answers from every other page: they decide which of this page's questions show. */
export function answersBesidePage(page: Page, answers: Answers): Answers {
  const keys = new Set(page.questions.map((question) => question.key))
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !keys.has(key)))
}

/**
 * A page is done once the trainee has posted it and every required question it shows has an
 * answer. Answers are not re-validated here: they were valid when saved, and the submission
 * is validated as a whole, so a rule that changes over time cannot trap the trainee.
 */
function isPageComplete(def: FormDefinition, state: JourneyState, page: Page): boolean {
  if (!state.visited.includes(page.id)) return false
  return walkJourney(def, state.answers)
    .questions.filter((entry) => entry.page.id === page.id && entry.question.required)
    .every(({ question }) => questionType(question.type).isAnswered(ownValue(state.answers, question.key)))
}

/**
 * Where a trainee with this progress should be: the first page on their route they have not
 * completed, the urgent-help interruption for a risk answer they have not yet been shown, the
 * exit page their answers lead to, or the end.
 */
export function resumeStep(def: FormDefinition, state: JourneyState): JourneyStep {
  const walk = walkJourney(def, state.answers)
  for (const page of walk.pages) {
    if (page.kind === 'exit') return { kind: 'exit', pageId: page.id }
    if (!isPageComplete(def, state, page)) return { kind: 'page', pageId: page.id }
    if (walk.riskPages.includes(page.id) && !state.riskAcknowledged.includes(page.id)) {
      return { kind: 'interruption', after: page.id }
    }
  }
  return { kind: 'end' }
}

/** Ids of the pages on the trainee's route, in order. */
export function routeOf(def: FormDefinition, state: JourneyState): string[] {
  return walkJourney(def, state.answers).pages.map((page) => page.id)
}

/**
 * Whether the trainee may see `target` now: it must be on their route, and everything before
 * it done, so nobody can skip a question (or the urgent help) by typing an address. Returns
 * null when allowed, else the step to send them to instead.
 */
export function guardStep(def: FormDefinition, state: JourneyState, target: JourneyStep): JourneyStep | null {
  const resume = resumeStep(def, state)
  if (target.kind === 'interruption') return resume.kind === 'interruption' ? null : resume
  if (target.kind === 'end') return resume.kind === 'end' ? null : resume
  const route = routeOf(def, state)
  const index = route.indexOf(target.pageId)
  const limit = resume.kind === 'end' ? route.length - 1 : route.indexOf(resume.kind === 'interruption' ? resume.after : resume.pageId)
  return index >= 0 && index <= limit ? null : resume
}

/**
 * Where a back link goes: the page before `pageId` on the trainee's route (null on the first
 * page, whose back link is the start page), or with no `pageId` the route's last page.
 */
export function previousPage(def: FormDefinition, state: JourneyState, pageId?: string): string | null {
  const route = routeOf(def, state)
  if (pageId === undefined) return route[route.length - 1] ?? null
  const index = route.indexOf(pageId)
  return index > 0 ? route[index - 1] : null
}

/**
 * Progress after a page's answers passed validation: replaces that page's answers, drops
 * answers left on routes no longer taken, and chooses the next step. Changing an answer from
 * check your answers goes back there unless new questions now need answering.
 */
export function afterPageSaved(
  def: FormDefinition,
  state: JourneyState,
  page: Page,
  pageAnswers: Answers,
  change: boolean,
): { state: JourneyState; step: JourneyStep } {
  const answers = pruneAnswers(def, { ...answersBesidePage(page, state.answers), ...pageAnswers })
  const triggers = pageTriggersRisk(page, answers)
  const next: JourneyState = {
    ...state,
    answers,
    visited: state.visited.includes(page.id) ? state.visited : [...state.visited, page.id],
    // An answer changed away from the trigger must show urgent help again if changed back.
    riskAcknowledged: triggers ? state.riskAcknowledged : state.riskAcknowledged.filter((id) => id !== page.id),
    flash: undefined,
  }
  if (change) return { state: next, step: resumeStep(def, next) }
  const skipInterruption = next.riskAcknowledged.includes(page.id)
  return { state: next, step: toJourneyStep(nextStep(def, answers, page.id, { skipInterruption })) }
}

/** Progress once the trainee has read the urgent help and chosen to continue. */
export function afterInterruption(def: FormDefinition, state: JourneyState, change: boolean): { state: JourneyState; step: JourneyStep } {
  const pending = resumeStep(def, state)
  if (pending.kind !== 'interruption') return { state, step: pending }
  const next = { ...state, riskAcknowledged: [...state.riskAcknowledged, pending.after] }
  if (change) return { state: next, step: resumeStep(def, next) }
  return { state: next, step: toJourneyStep(nextStep(def, next.answers, pending.after, { skipInterruption: true })) }
}

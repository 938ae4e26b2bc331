import type { Journey, JourneyStep } from './types'

/** Static steps of an application; page ids with these names would be shadowed by them. */
export const APPLY_STEPS = {
  checkAnswers: 'check-answers',
  confirmation: 'confirmation',
  interruption: 'urgent-help',
  tryAgain: 'try-again',
  problem: 'problem',
} as const

/** Every application form's pages are under this path. */
export const APPLY_PATH_PREFIX = '/apply'
export const applyBasePath = (slug: string): string => `${APPLY_PATH_PREFIX}/${encodeURIComponent(slug)}`
export const ELIGIBILITY_BASE_PATH = '/eligibility'
export const ELIGIBILITY_RESULT_PATH = '/eligibility/result'

const withChange = (href: string, change: boolean): string => (change ? `${href}?change=1` : href)

/** The address of a question or exit page. */
export function pageHref(journey: Journey, pageId: string, change = false): string {
  return withChange(`${journey.basePath}/${encodeURIComponent(pageId)}`, change)
}

/** The urgent-help interruption; it has no page id in its address, the session knows which. */
export function interruptionHref(journey: Journey, change = false): string {
  return withChange(`${journey.basePath}/${APPLY_STEPS.interruption}`, change)
}

/**
 * The address of a step. `change` is kept on question pages and the interruption so that,
 * after changing an answer from check your answers, the trainee returns there.
 */
export function stepHref(journey: Journey, step: JourneyStep, change = false): string {
  if (step.kind === 'page') return pageHref(journey, step.pageId, change)
  if (step.kind === 'exit') return pageHref(journey, step.pageId)
  if (step.kind === 'interruption') return interruptionHref(journey, change)
  return journey.endPath
}

/** A page id from the address; a malformed escape is kept as typed, so it is simply not found. */
export function pageIdFromParam(param: string): string {
  try {
    return decodeURIComponent(param)
  } catch {
    return param
  }
}

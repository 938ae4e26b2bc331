import type { Answers, FormDefinition } from './types'
import { walkJourney, type VisibleQuestion } from './walk'

export { isPageVisible, isQuestionVisible } from './shown'

/**
 * The questions the trainee is shown with these answers: those on pages along their route
 * whose `showWhen` holds. Pages skipped by a branch do not count.
 */
export function visibleQuestions(def: FormDefinition, answers: Answers): VisibleQuestion[] {
  return walkJourney(def, answers).questions
}

/**
 * Keeps only answers to questions the trainee is shown. Answers left behind on a route the
 * trainee backed out of, and keys the form does not ask, are dropped, so nothing they chose
 * not to share is stored or emailed.
 */
export function pruneAnswers(def: FormDefinition, answers: Answers): Answers {
  return walkJourney(def, answers).answers
}

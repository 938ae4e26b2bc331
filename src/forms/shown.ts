/**
 * Whether one page or question shows, from its own `showWhen`. Kept apart from visibility.ts,
 * which re-exports it, because the journey needs it and visibility.ts needs the journey.
 */
import { isShown } from './conditions'
import type { Answers, Page, Question } from './types'

/** A question shows when its `showWhen` holds (or it has none). */
export function isQuestionVisible(question: Question, answers: Answers): boolean {
  return isShown(question.showWhen, answers)
}

/**
 * A page shows when its `showWhen` holds and, for a question page, at least one of its
 * questions shows: a page with every question hidden would be an empty screen.
 */
export function isPageVisible(page: Page, answers: Answers): boolean {
  if (!isShown(page.showWhen, answers)) return false
  if (page.kind === 'exit' || page.questions.length === 0) return true
  return page.questions.some((question) => isQuestionVisible(question, answers))
}

import { isQuestionVisible } from '@/forms'
import type { Answers, FieldError, Page } from '@/forms/types'
import { ownValue } from '@/forms/values'

import { pageHref } from './paths'
import { answersBesidePage, answersOnPage, previousPage } from './progress'
import type { Journey, JourneyState } from './types'

/** Everything a question page draws, worked out from the trainee's progress. */
export type QuestionView = {
  page: Page
  values: Record<string, unknown>
  errors: FieldError[]
  /** Questions to draw: shown now, or able to show once this page is answered (there is no script to reveal them). */
  shown: string[]
  /** Only the earlier answers this page's conditions read, for the browser's own check. */
  earlier: Answers
  backHref: string
}

/** Keys a page's questions' show-when conditions read. */
const conditionKeys = (page: Page): string[] =>
  page.questions.flatMap((question) => question.showWhen?.conditions.map((condition) => condition.field.split('.')[0]) ?? [])

/**
 * The view of a question page. After a failed post it shows exactly what was typed (an unticked
 * box stays unticked), else the saved answers. Changing an answer goes back to check answers.
 */
export function questionView(journey: Journey, state: JourneyState, page: Page, change: boolean): QuestionView {
  const flash = state.flash?.pageId === page.id ? state.flash : undefined
  const values = flash ? flash.values : answersOnPage(page, state.answers)
  const besides = answersBesidePage(page, state.answers)
  const ownKeys = new Set(page.questions.map((question) => question.key))
  const shown = page.questions
    .filter(
      (question) =>
        isQuestionVisible(question, { ...besides, ...values }) ||
        (question.showWhen?.conditions.some((condition) => ownKeys.has(condition.field.split('.')[0])) ?? false),
    )
    .map((question) => question.key)
  const earlier = Object.fromEntries(
    conditionKeys(page)
      .filter((key) => !ownKeys.has(key) && ownValue(besides, key) !== undefined)
      .map((key) => [key, besides[key]]),
  )
  const previous = previousPage(journey.definition, state, page.id)
  const backHref = change ? journey.endPath : previous ? pageHref(journey, previous) : journey.basePath
  return { page, values, errors: flash?.errors ?? [], shown, earlier, backHref }
}

/** The page's heading as the title bar shows it: the only question's label, else the page title. */
export function pageHeading(page: Page, view?: Pick<QuestionView, 'shown'>): string {
  const shown = view ? page.questions.filter((question) => view.shown.includes(question.key)) : page.questions
  return shown.length === 1 && shown[0].type !== 'consent' ? shown[0].label : page.title
}

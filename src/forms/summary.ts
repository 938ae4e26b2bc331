import { walkJourney } from './journey'
import { questionType } from './questions'
import type { Answers, FormDefinition, SummaryRow } from './types'
import { ownValue } from './values'

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

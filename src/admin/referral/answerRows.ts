import { evaluateCondition, questionType, walkJourney } from '@/forms'
import type { Answers, FormDefinition } from '@/forms/types'
import { hasAnswer, isRecord, ownValue } from '@/forms/values'

export type AnswerRow = {
  key: string
  page: string
  label: string
  /** The answer as the trainee would read it; empty when an optional question was left blank. */
  value: string
  /** A risk question answered with one of its trigger answers. */
  risk: boolean
}

/**
 * The trainee's answers as case workers read them: the questions of the route the trainee
 * took through this form version, in page order, with labels and formatted answers. Questions
 * the route never showed are left out, and a triggered risk question is flagged.
 */
export function answerRows(definition: FormDefinition, stored: unknown): AnswerRow[] {
  const answers: Answers = isRecord(stored) ? (stored as Answers) : {}
  const walk = walkJourney(definition, answers)
  return walk.questions.map(({ page, question }) => {
    const value = ownValue(walk.answers, question.key)
    return {
      key: question.key,
      page: page.title,
      label: question.label,
      value: hasAnswer(value) ? questionType(question.type).format(value, question) : '',
      risk:
        question.risk !== undefined &&
        evaluateCondition({ field: question.key, operator: 'oneOf', value: question.risk.triggerValues }, walk.answers),
    }
  })
}

import { questionType } from '@/forms/questions'
import type { Question, QuestionType } from '@/forms/types'

/** A fixed "now": 15 June 2024, midday UK time. */
export const NOW = new Date('2024-06-15T11:00:00Z')

/** A required question of `type` with the given overrides. */
export function question(type: QuestionType, overrides: Partial<Question> = {}): Question {
  return { key: 'answer', type, label: 'Your answer', required: true, ...overrides }
}

export type Outcome = { value: unknown } | { error: string; path?: string }

/** Runs a question's schema and reduces the result to something a table can compare. */
export function outcome(q: Question, value: unknown, now: Date = NOW): Outcome {
  const result = questionType(q.type).schema(q, { now }).safeParse(value)
  if (result.success) return { value: result.data }
  const [issue] = result.error.issues
  return issue.path.length > 0 ? { error: issue.message, path: issue.path.join('.') } : { error: issue.message }
}

import type { Condition, ConditionGroup, Operator, Question, QuestionType } from '@/forms/types'

import type { SeedBlock } from '../../lexical'
import type { SeedPage } from './types'

/** One condition as a group: the shape every show-when, branch and routing rule takes. */
export function when(field: string, operator: Operator, value?: Condition['value']): ConditionGroup {
  return { match: 'all', conditions: [value === undefined ? { field, operator } : { field, operator, value }] }
}

/** Any one of several conditions, e.g. "either answer is no". */
export function whenAny(...groups: ConditionGroup[]): ConditionGroup {
  return { match: 'any', conditions: groups.flatMap((group) => group.conditions) }
}

/** Shown only to the given staff groups (option values of the staffGroup fact). */
export function forStaff(...groups: string[]): ConditionGroup {
  return when('staffGroup', 'oneOf', groups)
}

/** A required question; pass `required: false` in `extra` for an optional one. */
export function question(key: string, type: QuestionType, label: string, extra: Partial<Question> = {}): Question {
  return { key, type, label, required: true, ...extra }
}

/** A page of questions, optionally with a show-when or branches. */
export function questionPage(
  id: string,
  title: string,
  questions: Question[],
  extra: Pick<SeedPage, 'showWhen' | 'branches'> = {},
): SeedPage {
  return { id, title, kind: 'questions', questions, ...extra }
}

/** An exit page: why the trainee cannot continue, and where else to get help. */
export function exitPage(id: string, title: string, content: SeedBlock[]): SeedPage {
  return { id, title, kind: 'exit', questions: [], exitContent: content }
}

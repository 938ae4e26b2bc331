import { normaliseDate } from './dates'
import type { Answers, Condition, ConditionGroup } from './types'
import { hasAnswer, readAnswer, scalarText } from './values'

const NUMERIC = /^-?\d+(\.\d+)?$/

/** Scalars as one-item lists, so radios and checkboxes answers compare the same way. */
function asList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.slice(0, 200) : [value]
  return items.map(scalarText).filter((text): text is string => text !== undefined && text !== '')
}

/** "5" from an HTML form equals the editor's 5; other text must match exactly. */
function same(a: string, b: string): boolean {
  return a === b || (NUMERIC.test(a) && NUMERIC.test(b) && Number(a) === Number(b))
}

type Comparable = { kind: 'number'; value: number } | { kind: 'date'; value: string }

/** Numbers (or numeric strings) and dates (ISO or date-input parts) can be ordered. */
function comparable(value: unknown): Comparable | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : undefined
  const text = scalarText(value)
  if (text !== undefined && NUMERIC.test(text)) return { kind: 'number', value: Number(text) }
  const iso = normaliseDate(value)
  return iso ? { kind: 'date', value: iso } : undefined
}

function compare(answer: unknown, expected: unknown): number | undefined {
  const a = comparable(answer)
  const b = comparable(expected)
  if (!a || !b || a.kind !== b.kind) return undefined
  if (a.value === b.value) return 0
  return a.value > b.value ? 1 : -1
}

/**
 * Evaluates one condition against answers (raw or normalised). A missing answer makes every
 * operator false except `notAnswered`, so a question the trainee skipped never satisfies
 * "not equal to yes" by accident.
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  const answer = readAnswer(answers, condition.field)
  if (condition.operator === 'notAnswered') return !hasAnswer(answer)
  if (!hasAnswer(answer)) return false
  const given = asList(answer)
  const expected = asList(condition.value)
  switch (condition.operator) {
    case 'answered':
      return true
    case 'equals':
    case 'notEquals': {
      const equal =
        expected.length > 0 &&
        given.length === expected.length &&
        expected.every((item) => given.some((value) => same(value, item)))
      return condition.operator === 'equals' ? equal : expected.length > 0 && !equal
    }
    case 'oneOf':
      return given.some((value) => expected.some((item) => same(value, item)))
    case 'includes':
      return expected.length > 0 && expected.every((item) => given.some((value) => same(value, item)))
    case 'greaterThan':
      return compare(answer, condition.value) === 1
    case 'lessThan':
      return compare(answer, condition.value) === -1
    default:
      // Definitions arrive as data, so an operator outside the union must fail closed.
      return false
  }
}

/**
 * `all` needs every condition, `any` needs one. An empty group is true for both: an editor who
 * adds a rule with no conditions has not restricted anything.
 */
export function evaluateGroup(group: ConditionGroup, answers: Answers): boolean {
  const conditions = Array.isArray(group.conditions) ? group.conditions : []
  if (conditions.length === 0) return true
  const test = (condition: Condition) => evaluateCondition(condition, answers)
  return group.match === 'any' ? conditions.some(test) : conditions.every(test)
}

/** A `showWhen` that is absent always shows. */
export function isShown(group: ConditionGroup | undefined, answers: Answers): boolean {
  return group === undefined || evaluateGroup(group, answers)
}

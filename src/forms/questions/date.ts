import { z } from 'zod'

import { dateParts, formatIsoDate, normaliseDate, parseIsoDate, todayIso, type DateParts } from '../dates'
import type { Question, QuestionContext, QuestionHandler } from '../types'
import { isBlank, isRecord, ownValue } from '../values'
import { capitalise, fieldName, withPresence } from './shared'

function isDateAnswered(value: unknown): boolean {
  const parts = dateParts(value)
  if (parts) return parts.day !== '' || parts.month !== '' || parts.year !== ''
  return typeof value === 'string' && value.trim() !== ''
}

/** GOV.UK wording for a half-filled date input, e.g. "must include a day and year". */
function missingParts(parts: DateParts): string | undefined {
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part] === '')
  if (missing.length === 0) return undefined
  return `must include a ${missing.join(' and ')}`
}

/** The first rule about when the date may fall that `iso` breaks, as a message. */
function timingProblem(iso: string, question: Question, ctx: QuestionContext, name: string): string | undefined {
  const rules = question.validation ?? {}
  const today = todayIso(ctx.now)
  if (rules.dateNotInFuture && iso > today) return `${name} must be today or in the past`
  if (rules.dateNotInPast && iso < today) return `${name} must be today or in the future`
  const after = parseIsoDate(rules.dateAfter)
  if (after && iso <= after) return `${name} must be after ${formatIsoDate(after)}`
  const before = parseIsoDate(rules.dateBefore)
  if (before && iso >= before) return `${name} must be before ${formatIsoDate(before)}`
  return undefined
}

/**
 * A date from the three-box NHS date input (`{ day, month, year }`) or an ISO string, stored
 * as ISO `YYYY-MM-DD`. "Today" is taken from `ctx.now` so tests and servers agree.
 */
export const date: QuestionHandler = {
  type: 'date',
  schema(question, ctx) {
    const name = capitalise(fieldName(question))
    const inner = z.unknown().transform((raw, issues) => {
      const fail = (message: string) => {
        issues.issues.push({ code: 'custom', message, input: raw })
        return z.NEVER
      }
      const parts = dateParts(raw)
      const missing = parts && missingParts(parts)
      if (missing) return fail(`${name} ${missing}`)
      if (parts && /^\d+$/.test(parts.year) && parts.year.length !== 4) return fail('Year must include 4 numbers')
      const iso = normaliseDate(raw)
      if (!iso) return fail(`${name} must be a real date`)
      const problem = timingProblem(iso, question, ctx, name)
      return problem ? fail(problem) : iso
    })
    return withPresence(question, `Enter ${fieldName(question)}`, inner, {
      isEmpty: (value) =>
        isBlank(value) || (isRecord(value) && ['day', 'month', 'year'].every((part) => isBlank(ownValue(value, part)))),
    })
  },
  isAnswered: isDateAnswered,
  format: (value) => {
    const iso = normaliseDate(value)
    return iso ? formatIsoDate(iso) : ''
  },
}

import { z } from 'zod'

import type { Question, QuestionHandler } from '../types'
import { capitalise, fieldName, withPresence } from './shared'

const NUMERIC = /^-?\d+(\.\d+)?$/

/** HTML forms post numbers as strings, so "7" and 7 are the same answer. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string' || value.length > 40) return undefined
  const text = value.trim().replace(/,/g, '')
  return NUMERIC.test(text) ? Number(text) : undefined
}

function isNumberAnswered(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')
}

function rangeMessage(question: Question, name: string): string | undefined {
  const { min, max } = question.validation ?? {}
  if (min !== undefined && max !== undefined) return `${name} must be between ${min} and ${max}`
  if (min !== undefined) return `${name} must be ${min} or more`
  if (max !== undefined) return `${name} must be ${max} or less`
  return undefined
}

/** A number, with optional minimum, maximum and whole-number rules. */
export const number: QuestionHandler = {
  type: 'number',
  schema(question) {
    const name = capitalise(fieldName(question))
    const { min, max, integer } = question.validation ?? {}
    const inner = z.unknown().transform((raw, ctx) => {
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw })
        return z.NEVER
      }
      const value = toNumber(raw)
      if (value === undefined) return fail(`${name} must be a number`)
      if (integer && !Number.isInteger(value)) return fail(`${name} must be a whole number`)
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        return fail(rangeMessage(question, name) ?? `${name} must be a number`)
      }
      return value
    })
    return withPresence(question, `Enter ${fieldName(question)}`, inner)
  },
  isAnswered: isNumberAnswered,
  format: (value) => {
    const parsed = toNumber(value)
    return parsed === undefined ? '' : String(parsed)
  },
}

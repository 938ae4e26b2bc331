import { z } from 'zod'

import type { QuestionHandler } from '../types'
import { fieldName, isTextAnswered, textAnswer, withPresence } from './shared'

const FORMAT_MESSAGE = 'Enter a UK phone number, like 01632 960 001, 020 7946 0000 or 07700 900 982'

/** 01 numbers have 9 or 10 digits after the 0; 02, 03 and 07 numbers always have 10. */
const UK_NUMBER = /^0(1\d{8,9}|[237]\d{9})$/

/**
 * Reduces what people type (+44, 0044, "(0)", spaces, dashes) to national digits, e.g.
 * "+44 (0)20 7946 0000" → "02079460000", so caseworkers see one format.
 */
export function normaliseUkPhone(value: string): string | undefined {
  if (value.length > 40) return undefined
  const compact = value.replace(/\(0\)/g, '').replace(/[\s\-().]/g, '')
  const national = compact.replace(/^(\+44|0044)/, '0')
  return UK_NUMBER.test(national) ? national : undefined
}

/** Groups digits the way UK numbers are usually written, for the check-answers page. */
function display(digits: string): string {
  if (digits.startsWith('02')) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`
  if (digits.startsWith('03')) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`
  return `${digits.slice(0, 5)} ${digits.slice(5)}`
}

/** A UK landline or mobile number. */
export const ukPhone: QuestionHandler = {
  type: 'ukPhone',
  schema(question) {
    const inner = z.string({ error: FORMAT_MESSAGE }).transform((raw, ctx) => {
      const digits = normaliseUkPhone(raw.trim())
      if (digits) return digits
      ctx.issues.push({ code: 'custom', message: FORMAT_MESSAGE, input: raw })
      return z.NEVER
    })
    return withPresence(question, `Enter ${fieldName(question)}`, inner)
  },
  isAnswered: isTextAnswered,
  format(value) {
    const text = textAnswer(value) ?? ''
    const digits = normaliseUkPhone(text)
    return digits ? display(digits) : text
  },
}

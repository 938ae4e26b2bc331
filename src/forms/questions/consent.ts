import { z } from 'zod'

import type { Question, QuestionHandler } from '../types'
import { textAnswer, withPresence } from './shared'

/** What a ticked checkbox, a JSON client and a yes/no radio send for "I agree". */
const AGREED = new Set(['yes', 'on', 'true'])
const DECLINED = new Set(['no', 'off', 'false', ''])

function isAgreed(value: unknown): boolean {
  return value === true || AGREED.has(textAnswer(value)?.toLowerCase() ?? '-')
}

/**
 * "I agree to my GP being contacted" becomes "Confirm that you agree to your GP being
 * contacted", so the message repeats exactly what the trainee is agreeing to.
 */
export function consentMessage(question: Question): string {
  if (question.errorName?.trim()) return `Confirm that ${question.errorName.trim()}`
  const label = question.label.trim().replace(/[.?]+$/, '')
  if (!/^I\s/.test(label)) return `Confirm that you agree: ${label}`
  const reworded = label
    .replace(/^I am\s/, 'you are ')
    .replace(/^I\s/, 'you ')
    .replace(/\bmy\b/g, 'your')
    .replace(/\bme\b/g, 'you')
  return `Confirm that ${reworded}`
}

/** Unticked boxes send nothing; radios and JSON clients may send an explicit "no". */
function isDeclined(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true
  return DECLINED.has(textAnswer(value)?.toLowerCase() ?? '-')
}

/** A consent box: when required, only an explicit agreement passes; stored as `true`. */
export const consent: QuestionHandler = {
  type: 'consent',
  schema(question) {
    const message = consentMessage(question)
    const inner = z.unknown().transform((raw, ctx) => {
      if (isAgreed(raw)) return true
      ctx.issues.push({ code: 'custom', message, input: raw })
      return z.NEVER
    })
    // A declined box is "not answered", so a required consent reports the same message.
    return withPresence(question, message, inner, { isEmpty: isDeclined })
  },
  isAnswered: isAgreed,
  format: (value) => (isAgreed(value) ? 'Yes' : 'No'),
}

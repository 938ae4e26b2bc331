import { z } from 'zod'

import type { Question, QuestionHandler } from '../types'
import { isTextAnswered, textAnswer, withPresence } from './shared'

/** Turns "Do you hold X?" into "you hold X", so the message can say "Select yes if you hold X". */
const QUESTION_FORMS: Array<[RegExp, string]> = [
  [/^do you\s+/i, 'you '],
  [/^are you\s+/i, 'you are '],
  [/^have you\s+/i, 'you have '],
  [/^were you\s+/i, 'you were '],
  [/^can you\s+/i, 'you can '],
  [/^will you\s+/i, 'you will '],
]

/** GOV.UK style "Select yes if …" when the label allows it, else a plain "Select yes or no". */
export function yesNoMessage(question: Question): string {
  if (question.errorName?.trim()) return `Select yes if ${question.errorName.trim()}`
  const label = question.label.trim().replace(/\?+$/, '')
  const form = QUESTION_FORMS.find(([pattern]) => pattern.test(label))
  return form ? `Select yes if ${label.replace(form[0], form[1])}` : 'Select yes or no'
}

/** JSON clients may send booleans; forms send "yes"/"no". Both are stored as "yes"/"no". */
function toYesNo(value: unknown): 'yes' | 'no' | undefined {
  if (value === true) return 'yes'
  if (value === false) return 'no'
  const text = textAnswer(value)?.toLowerCase()
  return text === 'yes' || text === 'no' ? text : undefined
}

function isYesNoAnswered(value: unknown): boolean {
  return typeof value === 'boolean' || isTextAnswered(value)
}

/** A yes or no question, with the fixed answers "yes" and "no". */
export const yesNo: QuestionHandler = {
  type: 'yesNo',
  schema(question) {
    const message = yesNoMessage(question)
    const inner = z.unknown().transform((raw, ctx) => {
      const answer = toYesNo(raw)
      if (answer) return answer
      ctx.issues.push({ code: 'custom', message, input: raw })
      return z.NEVER
    })
    return withPresence(question, message, inner)
  },
  isAnswered: isYesNoAnswered,
  format: (value) => {
    const answer = toYesNo(value)
    return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : ''
  },
}

import { z } from 'zod'

import type { QuestionHandler } from '../types'
import { MAX_INPUT_LENGTH } from '../values'
import { capitalise, compilePattern, fieldName, isTextAnswered, textAnswer, withPresence } from './shared'

/**
 * Shared by shortText and longText, which differ only in their default maximum length: a limit
 * always applies so a pasted essay or a 1 MB post cannot reach storage or the pattern.
 */
export function textHandler(type: 'shortText' | 'longText', defaultMax: number): QuestionHandler {
  return {
    type,
    schema(question) {
      const name = fieldName(question)
      const rules = question.validation ?? {}
      const max = Math.min(rules.maxLength ?? defaultMax, MAX_INPUT_LENGTH)
      const min = rules.minLength ?? 0
      const pattern = compilePattern(rules.pattern)
      const inner = z.string({ error: `Enter ${name}` }).transform((raw, ctx) => {
        const text = raw.trim()
        const fail = (message: string) => {
          ctx.issues.push({ code: 'custom', message, input: raw })
          return z.NEVER
        }
        if (raw.length > MAX_INPUT_LENGTH || text.length > max) {
          return fail(`${capitalise(name)} must be ${max} characters or less`)
        }
        if (text.length < min) return fail(`${capitalise(name)} must be ${min} characters or more`)
        if (pattern && !pattern.test(text)) {
          return fail(rules.patternMessage?.trim() || `Enter ${name} in the correct format`)
        }
        return text
      })
      return withPresence(question, `Enter ${name}`, inner)
    },
    isAnswered: isTextAnswered,
    format: (value) => textAnswer(value) ?? '',
  }
}

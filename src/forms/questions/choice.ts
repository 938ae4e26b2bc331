import { z } from 'zod'

import type { QuestionHandler } from '../types'
import { fieldName, isTextAnswered, optionLabel, textAnswer, withPresence } from './shared'

/**
 * Shared by radios and select: one value that must be one of the editor's options, so a
 * tampered post cannot store a value the form never offered.
 */
export function choiceHandler(type: 'radios' | 'select'): QuestionHandler {
  return {
    type,
    schema(question) {
      const message = `Select ${fieldName(question)}`
      const allowed = new Set((question.options ?? []).map((option) => option.value))
      const inner = z.string({ error: message }).transform((raw, ctx) => {
        const value = raw.trim()
        if (allowed.has(value)) return value
        ctx.issues.push({ code: 'custom', message, input: raw })
        return z.NEVER
      })
      return withPresence(question, message, inner)
    },
    isAnswered: isTextAnswered,
    format: (value, question) => optionLabel(question.options, textAnswer(value)),
  }
}

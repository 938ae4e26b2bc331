import { z } from 'zod'

import type { QuestionHandler } from '../types'
import { isBlank } from '../values'
import { fieldName, optionLabel, withPresence } from './shared'

/** No real checkbox list is this long; anything longer is junk and is refused unread. */
const MAX_ITEMS = 200

/** HTML forms send one ticked box as a plain string and several as an array. */
function selections(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  return value === undefined || value === null ? [] : [value]
}

function isCheckboxesAnswered(value: unknown): boolean {
  return selections(value).some((item) => typeof item === 'string' && item.trim() !== '')
}

/** Any number of answers from a list, stored as an array of option values in option order. */
export const checkboxes: QuestionHandler = {
  type: 'checkboxes',
  schema(question) {
    const name = fieldName(question)
    const options = question.options ?? []
    const limit = question.validation?.maxSelections
    const inner = z.unknown().transform((raw, ctx) => {
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw })
        return z.NEVER
      }
      const items = selections(raw)
      if (items.length > MAX_ITEMS) return fail(`Select ${name}`)
      const chosen = new Set<string>()
      for (const item of items) {
        if (typeof item !== 'string') return fail(`Select ${name}`)
        if (item.trim() !== '') chosen.add(item.trim())
      }
      if (![...chosen].every((value) => options.some((option) => option.value === value))) {
        return fail(`Select ${name}`)
      }
      if (limit !== undefined && chosen.size > limit) return fail(`Select no more than ${limit} for ${name}`)
      return options.filter((option) => chosen.has(option.value)).map((option) => option.value)
    })
    return withPresence(question, `Select ${name}`, inner, {
      isEmpty: (value) => isBlank(value) || (Array.isArray(value) && value.every(isBlank)),
    })
  },
  isAnswered: isCheckboxesAnswered,
  format: (value, question) =>
    selections(value)
      .slice(0, MAX_ITEMS)
      .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
      .map((item) => optionLabel(question.options, item))
      .join(', '),
}

import { z } from 'zod'

import type { Question, QuestionHandler, RegistrationBody } from '../types'
import { fieldName, isTextAnswered, textAnswer, withPresence } from './shared'

type Format = { pattern: RegExp; message: string }

/** Each regulator's number format, with the message that names the body and the format. */
export const REGISTRATION_FORMATS: Record<RegistrationBody, Format> = {
  GMC: { pattern: /^\d{7}$/, message: 'Enter a GMC number in the correct format, like 1234567 (7 digits)' },
  GDC: {
    pattern: /^\d{1,6}$/,
    message: 'Enter a GDC number in the correct format, like 123456 (up to 6 digits)',
  },
  GPhC: {
    pattern: /^\d{7}$/,
    message: 'Enter a GPhC registration number in the correct format, like 2012345 (7 digits)',
  },
  NMC: {
    pattern: /^\d{2}[A-Z]\d{4}[A-Z]$/,
    message: 'Enter an NMC PIN in the correct format, like 12A3456E (2 numbers, a letter, 4 numbers and a letter)',
  },
}

const ANY_MESSAGE = 'Enter a GMC, GDC, GPhC or NMC number in the correct format'

/** Spaces and case do not matter to the registers, so "12a 3456e" is stored as "12A3456E". */
export function normaliseRegistrationNumber(value: string): string {
  return value.slice(0, 40).replace(/\s+/g, '').toUpperCase()
}

function formatsFor(question: Question): Format[] {
  const body = question.validation?.registrationBody
  return body ? [REGISTRATION_FORMATS[body]] : Object.values(REGISTRATION_FORMATS)
}

/** A professional registration number, checked against the chosen body's format. */
export const registrationNumber: QuestionHandler = {
  type: 'registrationNumber',
  schema(question) {
    const formats = formatsFor(question)
    const message = formats.length === 1 ? formats[0].message : ANY_MESSAGE
    const inner = z.string({ error: message }).transform((raw, ctx) => {
      const value = normaliseRegistrationNumber(raw)
      if (raw.length <= 40 && formats.some((format) => format.pattern.test(value))) return value
      ctx.issues.push({ code: 'custom', message, input: raw })
      return z.NEVER
    })
    return withPresence(question, `Enter ${fieldName(question)}`, inner)
  },
  isAnswered: isTextAnswered,
  format: (value) => normaliseRegistrationNumber(textAnswer(value) ?? ''),
}

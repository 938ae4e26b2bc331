import { z } from 'zod'

import { isReference } from '@/submissions/reference'

/** What the trainee typed: kept to show the form again, never put in a URL. */
export type StatusQueryValues = { reference: string; email: string }

export type StatusQueryError = { field: keyof StatusQueryValues; message: string }

export type StatusQuery = { ok: true; query: StatusQueryValues } | { ok: false; values: StatusQueryValues; errors: StatusQueryError[] }

/** Longest input kept: a reference is 8 characters, an email address at most 254. */
const MAX_LENGTH = 320

const asText = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_LENGTH) : '')

/** A reference as a trainee may type it: any case, with spaces or dashes between the characters. */
export const normaliseReference = (value: string): string => value.replace(/[\s-]+/g, '').toUpperCase()

const EMAIL = z.string().email()

/**
 * Checks the two answers of the status form, in the NHS error summary's words: each field
 * missing or not shaped like a reference or an email address gets a message.
 */
export function parseStatusQuery(input: { reference?: unknown; email?: unknown }): StatusQuery {
  const values = { reference: asText(input.reference).trim(), email: asText(input.email).trim() }
  const reference = normaliseReference(values.reference)
  const errors: StatusQueryError[] = []
  if (!reference) errors.push({ field: 'reference', message: 'Enter your reference number' })
  else if (!isReference(reference)) {
    errors.push({ field: 'reference', message: 'Enter your reference number as it appears in your email, like K7PX2MRQ' })
  }
  if (!values.email) errors.push({ field: 'email', message: 'Enter the email address you gave in your application' })
  else if (!EMAIL.safeParse(values.email).success) {
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' })
  }
  return errors.length > 0 ? { ok: false, values, errors } : { ok: true, query: { reference, email: values.email } }
}

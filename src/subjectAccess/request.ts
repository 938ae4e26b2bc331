import { z } from 'zod'

/** A problem with one field of a subject-access request, as the view and the API report it. */
export type FieldError = { field: 'email' | 'confirmEmail'; message: string }

export const SUBJECT_ACCESS_MESSAGES = {
  missing: 'Enter an email address',
  format: 'Enter an email address in the correct format, like name@example.com',
  confirmMissing: 'Enter the email address again to confirm the erasure',
  mismatch: 'The email addresses do not match',
  notFound: 'We hold no referrals or forms in progress for this email address',
} as const

export type SubjectAccessProblem = keyof typeof SUBJECT_ACCESS_MESSAGES

/** Which field each problem is reported against. */
export const PROBLEM_FIELDS: Record<SubjectAccessProblem, FieldError['field']> = {
  missing: 'email',
  format: 'email',
  confirmMissing: 'confirmEmail',
  mismatch: 'confirmEmail',
  notFound: 'email',
}

/** The problem named by a message, for a redirect that carries a code rather than text. */
export const problemOf = (message: string): SubjectAccessProblem | undefined =>
  (Object.keys(SUBJECT_ACCESS_MESSAGES) as SubjectAccessProblem[]).find((key) => SUBJECT_ACCESS_MESSAGES[key] === message)

/** RFC 5321 limits an address to 254 characters. */
const MAX_EMAIL_LENGTH = 254

const address = z.string().trim().toLowerCase().max(MAX_EMAIL_LENGTH).pipe(z.email())

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The email address a subject-access search or erasure is about, trimmed and lower-cased (as
 * the forms store it), or the message for the `email` field.
 */
export function parseSubjectEmail(value: unknown): { ok: true; email: string } | { ok: false; errors: FieldError[] } {
  const given = text(value)
  if (!given) return { ok: false, errors: [{ field: 'email', message: SUBJECT_ACCESS_MESSAGES.missing }] }
  const parsed = address.safeParse(given)
  if (!parsed.success) return { ok: false, errors: [{ field: 'email', message: SUBJECT_ACCESS_MESSAGES.format }] }
  return { ok: true, email: parsed.data }
}

/**
 * An erasure request: the address, typed twice. They must be the same address (ignoring case
 * and surrounding spaces), so nobody erases a person by a slip of the keyboard.
 */
export function parseErasure(body: { email?: unknown; confirmEmail?: unknown }): { ok: true; email: string } | { ok: false; errors: FieldError[] } {
  const parsed = parseSubjectEmail(body.email)
  if (!parsed.ok) return parsed
  const confirm = text(body.confirmEmail).toLowerCase()
  if (!confirm) return { ok: false, errors: [{ field: 'confirmEmail', message: SUBJECT_ACCESS_MESSAGES.confirmMissing }] }
  if (confirm !== parsed.email) return { ok: false, errors: [{ field: 'confirmEmail', message: SUBJECT_ACCESS_MESSAGES.mismatch }] }
  return parsed
}

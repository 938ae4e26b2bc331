import { z } from 'zod'

import type { FieldError } from '@/forms/types'
import { isRecord } from '@/forms/values'

/** The longest idempotency key accepted, in the body or the `Idempotency-Key` header. */
export const MAX_KEY_LENGTH = 200

/** The JSON a client posts: the answers, the honeypot and an optional idempotency key. */
const bodySchema = z
  .object({
    answers: z.custom<Record<string, unknown>>(isRecord, 'Send the answers as an object of question keys and answers'),
    // The honeypot: a field people never see, so only bots fill it in.
    website: z.string().max(1000).optional(),
    idempotencyKey: z.string().trim().min(1).max(MAX_KEY_LENGTH).optional(),
  })
  .strict()

export type SubmissionBody = z.infer<typeof bodySchema>

export type ParsedBody = { ok: true; body: SubmissionBody } | { ok: false; errors: FieldError[] }

/**
 * Checks the shape of a posted body. The answers stay as sent (the forms engine checks them
 * and never throws), so a `__proto__` key is never copied onto a new object here.
 */
export function parseSubmissionBody(input: unknown): ParsedBody {
  const result = bodySchema.safeParse(input)
  if (result.success) return { ok: true, body: result.data }
  const errors = result.error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.slice(0, 20).map((key) => ({ field: key.slice(0, 100), message: 'This field is not accepted' }))
    }
    const field = issue.path.map(String).join('.')
    return [{ field, message: field ? issue.message : 'Send a JSON object with the answers' }]
  })
  return { ok: false, errors }
}

/** True when the honeypot is filled in: answer as if stored, and store nothing. */
export const isHoneypotFilled = (body: SubmissionBody): boolean => Boolean(body.website?.trim())

import type { Payload, PayloadRequest } from 'payload'

import { validateAnswers } from '@/forms'
import type { FieldError } from '@/forms/types'
import { limitSubmission } from '@/rateLimit'
import { assessReferral } from './assess'
import { isHoneypotFilled, MAX_KEY_LENGTH, parseSubmissionBody } from './body'
import { loadClosures } from './closures'
import { idempotencyFingerprint } from './idempotency'
import { loadPublishedForm } from './publishedForm'
import { sendReferralEmailsNow } from './queueEmails'
import { generateReference, type RandomInt } from './reference'
import { storeReferral } from './store'

export type SubmitReferralOptions = {
  /** The form's slug, as in `/apply/{slug}`. */
  slug: string
  /** The posted JSON, unchecked: `{ answers: {…}, website?: string, idempotencyKey?: string }`. */
  body: unknown
  /** From the `Idempotency-Key` header; wins over a key in the body. */
  idempotencyKey?: string
  /** The client's IP address: when given, the submission rate limit is applied first. */
  ip?: string
  now?: Date
  /** The incoming request, for reads; the referral is written in a transaction of its own. */
  req?: Partial<PayloadRequest>
  /** The source of randomness for references (tests inject one). */
  random?: RandomInt
  /**
   * Send an urgent referral's emails from this request (default), not on the next queue run.
   * Other referrals' emails always wait for the queue, which runs every 10 seconds.
   */
  sendEmailsNow?: boolean
}

export type SubmitReferralResult =
  | { status: 201; reference: string }
  | { status: 422; errors: FieldError[] }
  | { status: 404 }
  | { status: 429; retryAfterSeconds: number }

/**
 * Receives one referral: rate limit, body shape, published form, answers checked by the forms
 * engine against the frozen version (hidden questions neither required nor kept), eligibility,
 * routing and risk, the first contact due time, then the referral stored in one write, which also records its emails as
 * still to send. A filled honeypot gets a reference-shaped answer and nothing is stored.
 * Bad input never throws.
 */
export async function submitReferral(payload: Payload, options: SubmitReferralOptions): Promise<SubmitReferralResult> {
  const { slug, req, now = new Date() } = options
  if (options.ip !== undefined) {
    const decision = await limitSubmission(payload, options.ip)
    if (!decision.allowed) return { status: 429, retryAfterSeconds: decision.retryAfterSeconds }
  }
  const parsed = parseSubmissionBody(options.body)
  if (!parsed.ok) return { status: 422, errors: parsed.errors }
  const headerKey = options.idempotencyKey?.trim()
  if (headerKey && headerKey.length > MAX_KEY_LENGTH) {
    return { status: 422, errors: [{ field: 'idempotencyKey', message: `Use an idempotency key of ${MAX_KEY_LENGTH} characters or fewer` }] }
  }
  const form = await loadPublishedForm(payload, slug, req)
  if (!form) return { status: 404 }
  if (isHoneypotFilled(parsed.body)) return { status: 201, reference: generateReference(options.random) }

  const validation = validateAnswers(form.definition, parsed.body.answers, { now })
  if (!validation.ok) return { status: 422, errors: validation.errors }
  const [assessment, closures] = await Promise.all([assessReferral(payload, form, validation.answers, req), loadClosures(payload, req)])
  const clientKey = headerKey || parsed.body.idempotencyKey
  const stored = await storeReferral(payload, {
    form,
    assessment,
    now,
    closures,
    idempotencyKey: clientKey ? idempotencyFingerprint(form.slug, clientKey, assessment.answers) : undefined,
    random: options.random,
  })
  if (stored.created && stored.priority === 'urgent' && options.sendEmailsNow !== false) {
    void sendReferralEmailsNow(payload, { id: stored.id, priority: stored.priority, answers: assessment.answers }, form.definition)
  }
  return { status: 201, reference: stored.reference }
}

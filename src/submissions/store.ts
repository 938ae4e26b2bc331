import { ValidationError, type Payload } from 'payload'

import { applicantOf } from '@/casework/applicant'
import { firstContactDue } from '@/casework/firstContactDue'
import type { Closures } from '@/casework/workingDays'
import { reportingFactsOf } from '@/reports/reportingFacts'

import type { ReferralAssessment } from './assess'
import type { PublishedForm } from './publishedForm'
import { generateReference, type RandomInt } from './reference'

export type StoreReferralInput = {
  form: PublishedForm
  assessment: ReferralAssessment
  now: Date
  /** Office closure days (the Working calendar global), for the first contact due time. */
  closures: Closures
  /** The stored idempotency fingerprint, when the client sent a key. */
  idempotencyKey?: string
  random?: RandomInt
}

export type StoredReferral = {
  id: string | number
  reference: string
  /** False when an earlier request with the same idempotency key stored it. */
  created: boolean
  priority: 'normal' | 'urgent'
}

/** A fresh reference colliding with a stored one is rare (31^8 values); a few tries suffice. */
const REFERENCE_ATTEMPTS = 5
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Payload's own email rule (payload/dist/fields/validations.js), stricter than the form's in a
 * corner (a domain label ending in a hyphen): an address it would refuse stays in the answers
 * only, so it can never turn a valid referral into an error.
 */
const PAYLOAD_EMAIL = /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** The unique field a failed insert collided on, if that is why it failed. */
function uniqueViolation(error: unknown): 'reference' | 'idempotencyKey' | undefined {
  if (!(error instanceof ValidationError)) return undefined
  const paths = error.data.errors.map((entry) => entry.path)
  if (paths.some((path) => path === 'idempotencyKey' || path === 'idempotency_key')) return 'idempotencyKey'
  if (paths.includes('reference')) return 'reference'
  return undefined
}

async function findByIdempotencyKey(payload: Payload, key: string): Promise<StoredReferral | undefined> {
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { idempotencyKey: { equals: key } },
    select: { reference: true, priority: true },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const doc = docs[0]
  return doc ? { id: doc.id, reference: doc.reference, created: false, priority: doc.priority } : undefined
}

/**
 * Stores a referral in one write: the referral is also the outbox of its emails
 * (`emailsQueuedAt` empty until their jobs are queued; see queueEmails.ts), so no
 * transaction is needed for "never one without the other" on any adapter. A retry with the
 * same idempotency key returns the first referral; two at the same moment are settled by the
 * unique index, and the loser returns the winner's reference.
 */
export async function storeReferral(payload: Payload, input: StoreReferralInput): Promise<StoredReferral> {
  const { form, assessment, now, idempotencyKey } = input
  const applicant = applicantOf(form.definition, assessment.answers)
  const dueAt = firstContactDue({
    submittedAt: now,
    priority: assessment.priority,
    serviceWorkingDays: assessment.serviceFirstContactWorkingDays,
    urgentWorkingDays: form.messages.urgentContactWorkingDays,
    closures: input.closures,
  })
  if (idempotencyKey) {
    const existing = await findByIdempotencyKey(payload, idempotencyKey)
    if (existing) return existing
  }
  for (let attempt = 1; ; attempt += 1) {
    const reference = generateReference(input.random)
    try {
      const doc = await payload.create({
        collection: 'submissions',
        depth: 0,
        data: {
          reference,
          answers: assessment.answers,
          form: form.formId as number,
          formVersion: form.versionId as number,
          formSlug: form.slug,
          eligibility: assessment.eligibility ?? {},
          routedService: (assessment.serviceId ?? null) as number | null,
          priority: assessment.priority,
          status: 'new',
          submittedAt: now.toISOString(),
          firstContactDueAt: dueAt.toISOString(),
          ...reportingFactsOf(assessment.answers),
          applicantName: applicant.name,
          applicantEmail: applicant.email && PAYLOAD_EMAIL.test(applicant.email) ? applicant.email : undefined,
          retainUntil: new Date(now.getTime() + form.retentionDays * DAY_MS).toISOString(),
          idempotencyKey,
        },
      })
      return { id: doc.id, reference, created: true, priority: assessment.priority }
    } catch (error) {
      const collision = uniqueViolation(error)
      if (collision === 'idempotencyKey' && idempotencyKey) {
        const winner = await findByIdempotencyKey(payload, idempotencyKey)
        if (winner) return winner
      }
      if (collision !== 'reference' || attempt >= REFERENCE_ATTEMPTS) throw error
    }
  }
}

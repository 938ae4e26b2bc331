import type { Payload } from 'payload'

import type { EmailKind } from '@/email/types'
import type { FormDefinition } from '@/forms/types'
import type { Submission } from '@/payload-types'
import { emailSentAt } from './emailsSent'
import { traineeEmailAddress } from './recipients'

/** Which emails a new referral needs; the urgent duty notification is queued first. */
export function emailKindsFor(priority: 'normal' | 'urgent', hasTraineeAddress: boolean): EmailKind[] {
  return [...(priority === 'urgent' ? (['urgent'] as const) : []), 'service', ...(hasTraineeAddress ? (['trainee'] as const) : [])]
}

/** What queueing needs to know of a stored referral. */
export type ReferralToEmail = Pick<Submission, 'priority' | 'answers' | 'traineeEmailSentAt' | 'serviceEmailSentAt' | 'urgentEmailSentAt'> & {
  id: string | number
}

/**
 * An urgent referral's emails are queued and sent by the request that stored it; the sweep
 * leaves them alone for this long, and takes them over only if that request died.
 */
export const URGENT_HANDOVER_MS = 60_000

/**
 * Queues one `sendEmail` job per email the referral still needs, then marks it queued. A
 * stop in between leaves the mark unset, so the next sweep queues them again; the send
 * records on the referral make any duplicate job skip its email.
 */
export async function queueReferralEmails(payload: Payload, referral: ReferralToEmail, definition: FormDefinition): Promise<Array<string | number>> {
  const answers = (referral.answers ?? {}) as Record<string, unknown>
  const kinds = emailKindsFor(referral.priority, Boolean(traineeEmailAddress(definition, answers))).filter((kind) => !emailSentAt(referral, kind))
  const ids: Array<string | number> = []
  for (const kind of kinds) {
    const job = await payload.jobs.queue({ task: 'sendEmail', input: { submissionId: String(referral.id), kind } })
    ids.push(job.id)
  }
  await payload.db.updateOne({ collection: 'submissions', id: referral.id, data: { emailsQueuedAt: new Date().toISOString() }, returning: false })
  return ids
}

const NO_QUESTIONS = { pages: [] } as unknown as FormDefinition

/**
 * The referral is the outbox: it is stored in one write with its emails unqueued
 * (`emailsQueuedAt` empty), and this sweep, run before every queue run, turns those into
 * `sendEmail` jobs. So a stored referral always gets its emails, on any database adapter,
 * and the request that stores it does no email work. Returns how many referrals it queued.
 */
export async function queueNewReferralEmails(payload: Payload, { now = new Date(), limit = 100 } = {}): Promise<number> {
  const handedOver = new Date(now.getTime() - URGENT_HANDOVER_MS).toISOString()
  const { docs } = await payload.find({
    collection: 'submissions',
    where: {
      and: [
        // Unset: missing in MongoDB, NULL in SQLite.
        { or: [{ emailsQueuedAt: { exists: false } }, { emailsQueuedAt: { equals: null } }] },
        { or: [{ priority: { equals: 'normal' } }, { submittedAt: { less_than: handedOver } }] },
      ],
    },
    sort: 'submittedAt',
    limit,
    depth: 0,
    pagination: false,
    select: { priority: true, answers: true, formVersion: true, traineeEmailSentAt: true, serviceEmailSentAt: true, urgentEmailSentAt: true },
  })
  if (docs.length === 0) return 0
  const versionIds = [...new Set(docs.map((doc) => doc.formVersion as number))]
  const versions = await payload.find({
    collection: 'form-versions',
    where: { id: { in: versionIds } },
    limit: versionIds.length,
    depth: 0,
    pagination: false,
    select: { definition: true },
  })
  const definitions = new Map(versions.docs.map((version) => [version.id, version.definition as unknown as FormDefinition]))
  for (const doc of docs) {
    // A version cannot be deleted from the admin; if one is gone, its jobs fail visibly.
    const definition = definitions.get(doc.formVersion as number) ?? NO_QUESTIONS
    await queueReferralEmails(payload, doc, definition)
  }
  return docs.length
}

/**
 * Queues and runs at once the emails of a referral just stored, instead of leaving them to
 * the next sweep, so an urgent duty notification goes immediately. Whatever fails here is
 * picked up by the sweep or retried by the queue, so this never throws.
 */
export async function sendReferralEmailsNow(payload: Payload, referral: ReferralToEmail, definition: FormDefinition): Promise<void> {
  try {
    const jobIds = await queueReferralEmails(payload, referral, definition)
    if (jobIds.length === 0) return
    await payload.jobs.run({ where: { id: { in: jobIds } }, limit: jobIds.length, silent: { info: true } })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Sending referral emails at once failed; the queue will send them' })
  }
}

import type { Payload, PayloadRequest } from 'payload'

import type { EmailKind } from '@/email/types'

/** Where a referral records when each of its emails went. */
export const EMAIL_SENT_FIELDS = {
  trainee: 'traineeEmailSentAt',
  service: 'serviceEmailSentAt',
  urgent: 'urgentEmailSentAt',
} as const satisfies Record<EmailKind, string>

/** When this email of the referral was sent, or undefined if it has not been. */
export function emailSentAt(submission: Partial<Record<(typeof EMAIL_SENT_FIELDS)[EmailKind], string | null>>, kind: EmailKind): string | undefined {
  return submission[EMAIL_SENT_FIELDS[kind]] ?? undefined
}

/**
 * Records that this email went. A direct write of this one field: the Local API's update
 * would rewrite the whole referral from what it read, undoing a case worker's change or
 * another job's record made in the meantime.
 */
export async function recordEmailSent(payload: Payload, id: string | number, kind: EmailKind, at: Date, req?: PayloadRequest): Promise<void> {
  await payload.db.updateOne({ collection: 'submissions', id, data: { [EMAIL_SENT_FIELDS[kind]]: at.toISOString() }, req, returning: false })
}

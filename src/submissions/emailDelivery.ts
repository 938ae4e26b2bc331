import type { Payload, PayloadRequest } from 'payload'

import { referralEmail, type EmailKind } from '@/email'
import { planReferralEmail, type EmailAddresses } from './emailContext'
import { emailSentAt, recordEmailSent } from './emailsSent'

export type DeliveryOutcome = 'sent' | 'already-sent' | 'no-recipient' | 'missing'

/**
 * Sends one email of one referral, once. The send is recorded on the referral (`traineeEmailSentAt`…)
 * straight after, so a retried or duplicated job finds it there and does not send again. If
 * sending fails, this throws and the job is retried with backoff. (A crash between sending and
 * recording would send that one email again: SMTP offers nothing stronger than at-least-once.)
 */
export async function deliverReferralEmail(
  payload: Payload,
  input: { submissionId: string; kind: EmailKind },
  addresses: EmailAddresses,
  req: PayloadRequest,
): Promise<DeliveryOutcome> {
  const { docs } = await payload.find({ collection: 'submissions', where: { id: { equals: input.submissionId } }, limit: 1, depth: 0, req })
  const submission = docs[0]
  // Deleted (e.g. past its retention date): there is no one left to tell.
  if (!submission) return 'missing'
  if (emailSentAt(submission, input.kind)) return 'already-sent'
  const plan = await planReferralEmail(payload, submission, input.kind, addresses, req)
  if (!plan.to) return 'no-recipient'
  const email = referralEmail(input.kind, plan.context)
  await payload.sendEmail({ to: plan.to, subject: email.subject, text: email.text, html: email.html, priority: email.priority })
  await recordEmailSent(payload, submission.id, input.kind, new Date(), req)
  return 'sent'
}

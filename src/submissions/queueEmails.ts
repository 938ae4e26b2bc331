import type { Payload, PayloadRequest } from 'payload'

import type { EmailKind } from '@/email/types'

/** Which emails a new referral needs; the urgent duty notification is queued first. */
export function emailKindsFor(priority: 'normal' | 'urgent', hasTraineeAddress: boolean): EmailKind[] {
  return [...(priority === 'urgent' ? (['urgent'] as const) : []), 'service', ...(hasTraineeAddress ? (['trainee'] as const) : [])]
}

/**
 * Queues one `sendEmail` job per email. Called with the transaction's `req`, so the jobs
 * commit with the referral or not at all: a stored referral always has its emails queued.
 */
export async function queueReferralEmails(
  payload: Payload,
  submissionId: string | number,
  kinds: EmailKind[],
  req: PayloadRequest,
): Promise<Array<string | number>> {
  const ids: Array<string | number> = []
  for (const kind of kinds) {
    const job = await payload.jobs.queue({ task: 'sendEmail', input: { submissionId: String(submissionId), kind }, req })
    ids.push(job.id)
  }
  return ids
}

/**
 * Runs just-committed email jobs at once instead of waiting for the next queue run, so the
 * urgent duty notification goes immediately. Failures stay queued and are retried by the
 * queue, so this never throws.
 */
export async function sendQueuedEmailsNow(payload: Payload, jobIds: Array<string | number>): Promise<void> {
  if (jobIds.length === 0) return
  try {
    await payload.jobs.run({ where: { id: { in: jobIds } }, limit: jobIds.length, silent: { info: true } })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Sending referral emails at once failed; the queue will retry them' })
  }
}

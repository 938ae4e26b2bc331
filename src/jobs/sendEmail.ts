import type { TaskConfig } from 'payload'

import { env } from '@/config/env'
import { EMAIL_KINDS, type EmailKind } from '@/email/types'
import { deliverReferralEmail, type DeliveryOutcome } from '@/submissions/emailDelivery'

export type SendEmailInput = { submissionId: string; kind: EmailKind }

/**
 * Retries with exponential backoff from 30 s: 8 retries after the first try span about two
 * hours of SMTP outage. After that the job stays failed in the admin (System › Jobs), where
 * an administrator can retry it.
 */
export const SEND_EMAIL_RETRIES = { attempts: 8, backoff: { type: 'exponential' as const, delay: 30_000 } }

/**
 * Sends one referral email. It renders at send time from the stored referral and the
 * frozen form version's messages, and skips an email the referral records as already sent.
 */
export const sendEmail: TaskConfig<{ input: SendEmailInput; output: { outcome: DeliveryOutcome } }> = {
  slug: 'sendEmail',
  label: 'Send a referral email',
  retries: SEND_EMAIL_RETRIES,
  inputSchema: [
    { name: 'submissionId', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: [...EMAIL_KINDS] },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const settings = env()
    const outcome = await deliverReferralEmail(req.payload, input, { dutyEmail: settings.PSU_DUTY_EMAIL, serverUrl: settings.serverUrl }, req)
    return { output: { outcome } }
  },
}

import type { Payload } from 'payload'

import { deleteExpiredSessions } from '@/journey/session'
import { queueNewReferralEmails } from '@/submissions/queueEmails'
import { deleteReferralsPastRetention } from '@/submissions/retention'
import { recoverStaleJobs } from './recoverStaleJobs'

/**
 * The server's housekeeping, before each timed queue run: hand back jobs a stopped process left
 * marked as processing, queue the emails of referrals stored since the last run, and delete
 * expired form sessions and closed referrals past retention.
 */
export async function beforeQueueRun(payload: Payload, { jobsPerRun }: { jobsPerRun: number }): Promise<void> {
  await recoverStaleJobs(payload)
  await queueNewReferralEmails(payload, { limit: jobsPerRun })
  await deleteExpiredSessions(payload)
  await deleteReferralsPastRetention(payload)
}

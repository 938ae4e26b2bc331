import { _internal_jobSystemGlobals, type Payload } from 'payload'

import { queueNewReferralEmails } from '@/submissions/queueEmails'

type RunOptions = NonNullable<Parameters<Payload['jobs']['run']>[0]>

/**
 * One run of the queue as the server's timer does it (tests have no timer): queue the emails
 * of new referrals, then run jobs. `at` is the time the sweep sees, by default the job
 * system's clock, which tests move on to skip backoff waits.
 */
export async function runQueue(payload: Payload, options: RunOptions = {}, at: Date = _internal_jobSystemGlobals.getCurrentDate()) {
  await queueNewReferralEmails(payload, { now: at })
  return payload.jobs.run(options)
}

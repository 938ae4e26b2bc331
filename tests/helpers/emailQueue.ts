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

let clockOffset = 0

/** Moves the job system's clock three hours on, past any retry backoff, instead of waiting for it. */
export function laterOn(): void {
  clockOffset += 3 * 60 * 60 * 1000
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + clockOffset)
}

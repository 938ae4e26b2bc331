import type { Payload } from 'payload'

/**
 * A job still marked `processing` this long after it last changed belongs to a process that
 * died (a send takes seconds; nodemailer gives up on a silent server within minutes).
 */
export const STALE_AFTER_MS = 10 * 60 * 1000

/**
 * Payload 3.90 only picks up jobs with `processing: false`, so a job whose process was killed
 * mid-run would wait forever. This hands stale ones back to the queue; their emails are not
 * sent twice because each send is recorded on the referral before the job completes. Returns how many were released.
 */
export async function recoverStaleJobs(payload: Payload, now: Date = new Date(), staleAfterMs = STALE_AFTER_MS): Promise<number> {
  const cutoff = new Date(now.getTime() - staleAfterMs).toISOString()
  const stale = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
    limit: 100,
    depth: 0,
    pagination: false,
    select: { processing: true },
  })
  if (stale.docs.length === 0) return 0
  await payload.db.updateMany({
    collection: 'payload-jobs',
    where: { and: [{ id: { in: stale.docs.map((job) => job.id) } }, { processing: { equals: true } }] },
    data: { processing: false },
  })
  payload.logger.warn({ msg: `Released ${stale.docs.length} job(s) left processing by a stopped process`, jobs: stale.docs.map((job) => job.id) })
  return stale.docs.length
}

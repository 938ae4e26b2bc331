import { createLocalReq, type PayloadRequest, type TypedUser } from 'payload'

import { writeStaffAction } from '@/submissions/audit'
import { collectSubjectRecords } from './collect'

/** How many records of each kind an erasure deleted, and what it kept on purpose. */
export type ErasureCounts = {
  referrals: number
  answers: number
  notes: number
  formSessions: number
  emailJobs: number
  /** De-identified report rows, kept (unlinked) so published totals do not change. */
  referralStatsKept: number
  /** Audit entries about the referrals, kept: they hold ids and references, no personal data. */
  auditEntriesKept: number
}

export type ErasureResult = { status: 200; counts: ErasureCounts } | { status: 404 }

/** A bulk delete reports failures instead of throwing; an erasure must not pass for done. */
function mustAllGo(what: string, result: { errors: Array<{ message: string }> }): void {
  if (result.errors.length > 0) throw new Error(`Could not erase ${result.errors.length} ${what}: ${result.errors[0].message}`)
}

/**
 * Erases everything held about the person with this email address, for an administrator:
 * 1. find it all (as a subject-access search does); nothing found → 404, and nothing written;
 * 2. delete their referrals' queued or failed emails, so no job sends about a deleted referral;
 * 3. delete the referrals through the Local API as the administrator, so the referrals' hooks
 *    run and each delete is audited; answers and notes go with them;
 * 4. unlink the de-identified report rows, which stay so report totals never change;
 * 5. delete their forms in progress;
 * 6. write one 'erasure' audit entry: who, when and how many of each kind, no email or name.
 * Each step is idempotent, so a retry after a failure finishes the job.
 */
export async function eraseSubject(req: PayloadRequest, user: TypedUser, email: string): Promise<ErasureResult> {
  const { payload } = req
  const { report, referralIds, sessions, jobs } = await collectSubjectRecords(req, user, email)
  if (referralIds.length === 0 && sessions.length === 0) return { status: 404 }
  if (jobs.length > 0) mustAllGo('email jobs', await payload.delete({ collection: 'payload-jobs', where: { id: { in: jobs.map((job) => job.id) } } }))
  const statsWhere = { referral: { in: referralIds } }
  const referralStatsKept = referralIds.length === 0 ? 0 : (await payload.count({ collection: 'referral-stats', where: statsWhere })).totalDocs
  if (referralIds.length > 0) {
    // A request of its own: the read audit writes one entry per referral and request, and the
    // search above already read them in this one; the delete must be audited as a delete.
    const deleting = await createLocalReq({ user, context: {} }, payload)
    mustAllGo('referrals', await payload.delete({ collection: 'submissions', where: { id: { in: referralIds } }, depth: 0, req: deleting, user, overrideAccess: false }))
    // On SQLite the foreign key already empties the link; MongoDB has none.
    await payload.update({ collection: 'referral-stats', where: statsWhere, data: { referral: null }, depth: 0 })
  }
  if (sessions.length > 0) mustAllGo('form sessions', await payload.delete({ collection: 'form-sessions', where: { id: { in: sessions.map((session) => session.id) } } }))
  const counts: ErasureCounts = {
    referrals: referralIds.length,
    answers: report.counts.answers,
    notes: report.counts.notes,
    formSessions: sessions.length,
    emailJobs: jobs.length,
    referralStatsKept,
    auditEntriesKept: report.counts.auditEntries,
  }
  await writeStaffAction(req, user, 'erasure', counts)
  return { status: 200, counts }
}

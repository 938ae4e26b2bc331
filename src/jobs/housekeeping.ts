import type { Payload, TaskConfig } from 'payload'

import { deleteExpiredSessions } from '@/journey/session'
import { backfillReferralStats } from '@/reports/referralStats'
import { refreshRollups } from '@/reports/rollups'
import { queueNewReferralEmails } from '@/submissions/queueEmails'
import { deleteAuditEntriesPastRetention } from '@/submissions/auditRetention'
import { deleteReferralsPastRetention } from '@/submissions/retention'
import { recoverStaleJobs, STALE_AFTER_MS } from './recoverStaleJobs'

/** Jobs queued per sweep; each run of the queue takes up to `JOBS_PER_RUN`. */
export const JOBS_PER_RUN = 100

/**
 * A failed step is retried twice, a minute apart; then it stays failed in the admin (System ›
 * Jobs) with its error, and the next scheduled run tries again.
 */
export const HOUSEKEEPING_RETRIES = { attempts: 2, backoff: { type: 'fixed' as const, delay: 60_000 } }

type BeforeScheduleFn = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']>
type Step = { slug: string; label: string; cron: string; run: (payload: Payload) => Promise<number> }

/**
 * The server's housekeeping, each step a scheduled task of its own, so one failing step (a
 * retention delete, say) neither stops the others nor the emails and scheduled publishing
 * in the queue. Crons have a seconds field; the queue runs every 10 seconds.
 */
export const HOUSEKEEPING_STEPS: Step[] = [
  {
    slug: 'queueReferralEmails',
    label: 'Queue the emails of new referrals',
    cron: '*/10 * * * * *',
    run: (payload) => queueNewReferralEmails(payload, { limit: JOBS_PER_RUN }),
  },
  {
    slug: 'releaseStaleJobs',
    label: 'Release jobs a stopped server left running',
    cron: '0 * * * * *',
    run: (payload) => recoverStaleJobs(payload),
  },
  {
    slug: 'deleteExpiredSessions',
    label: 'Delete expired form sessions',
    cron: '0 */5 * * * *',
    run: (payload) => deleteExpiredSessions(payload),
  },
  {
    slug: 'refreshReportFigures',
    label: "Bring the managers' report figures up to date",
    cron: '30 * * * * *',
    run: async (payload) => (await backfillReferralStats(payload)) + (await refreshRollups(payload)),
  },
  {
    slug: 'deleteReferralsPastRetention',
    label: 'Delete closed referrals past retention',
    cron: '0 0 * * * *',
    run: (payload) => deleteReferralsPastRetention(payload),
  },
  {
    slug: 'deleteAuditEntriesPastRetention',
    label: 'Delete audit entries past retention',
    cron: '0 0 * * * *',
    run: (payload) => deleteAuditEntriesPastRetention(payload),
  },
]

/**
 * Payload's default: schedule unless a scheduled run of this task is waiting, running or
 * retrying. A run marked running but stale belonged to a stopped server; it does not count,
 * or the step that releases stale jobs could never run again after releasing itself failed.
 */
const unlessPendingOrStale: BeforeScheduleFn = async ({ queueable, req }) => {
  const slug = queueable.taskConfig?.slug ?? ''
  const staleBefore = new Date(Date.now() - STALE_AFTER_MS).toISOString()
  const pending = await req.payload.db.count({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { queue: { equals: queueable.scheduleConfig.queue } },
        { taskSlug: { equals: slug } },
        { completedAt: { exists: false } },
        { error: { exists: false } },
        { 'meta.scheduled': { equals: true } },
        { or: [{ processing: { equals: false } }, { updatedAt: { greater_than: staleBefore } }] },
      ],
    },
  })
  return { input: {}, shouldSchedule: pending.totalDocs === 0, waitUntil: queueable.waitUntil }
}

function toTask(step: Step): TaskConfig<{ input: object; output: { handled: number } }> {
  return {
    slug: step.slug,
    label: step.label,
    retries: HOUSEKEEPING_RETRIES,
    schedule: [{ cron: step.cron, queue: 'default', hooks: { beforeSchedule: unlessPendingOrStale } }],
    outputSchema: [{ name: 'handled', type: 'number', required: true }],
    handler: async ({ req }) => ({ output: { handled: await step.run(req.payload) } }),
  }
}

/** The housekeeping tasks for `jobs.tasks`. */
export const housekeepingTasks = HOUSEKEEPING_STEPS.map(toTask)

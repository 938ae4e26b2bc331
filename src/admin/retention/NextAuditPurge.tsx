import type { UIFieldServerProps } from 'payload'

import { formatDateTime } from '@/admin/referral/formatDateTime'
import { auditLogRetentionYears, auditRetentionCutoff, nextHourlyRun } from '@/submissions/auditRetention'

/**
 * On the Retention settings: when the audit log is next purged and what goes, from the saved
 * setting ("entries before … will be deleted at the next hourly run"), with how many that is.
 */
export async function NextAuditPurge({ req }: UIFieldServerProps) {
  const { payload } = req
  const now = new Date()
  const years = await auditLogRetentionYears(payload)
  const run = nextHourlyRun(now)
  const cutoff = auditRetentionCutoff(years, run)
  const { totalDocs } = await payload.count({ collection: 'audit-log', where: { at: { less_than: cutoff.toISOString() } } })
  return (
    <div className="field-type" id="next-audit-purge">
      <p>
        <strong>Next purge of the audit log:</strong> audit entries written before {formatDateTime(cutoff.toISOString())} will be deleted at the next hourly run (
        {formatDateTime(run.toISOString())}): {totalDocs === 1 ? '1 entry' : `${totalDocs} entries`} as things stand. The date follows the saved setting.
      </p>
    </div>
  )
}

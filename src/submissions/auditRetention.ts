import type { Payload } from 'payload'

/** The `retention` global's default, when it has never been saved. */
export const DEFAULT_AUDIT_LOG_RETENTION_YEARS = 6

/** Entries deleted per query, and at most this many queries per hourly run. */
const BATCH = 500
const MAX_BATCHES = 20

/** The moment `years` whole years before `now`: audit entries written before it are past retention. */
export function auditRetentionCutoff(years: number, now: Date): Date {
  const cutoff = new Date(now.getTime())
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years)
  return cutoff
}

/** When the hourly retention task next runs: the start of the next hour. */
export function nextHourlyRun(now: Date): Date {
  const next = new Date(now.getTime())
  next.setUTCMinutes(0, 0, 0)
  next.setUTCHours(next.getUTCHours() + 1)
  return next
}

/** How many years the audit log is kept, from the `retention` global (read as the system). */
export async function auditLogRetentionYears(payload: Payload): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'retention', depth: 0 })
  const years = Number(settings.auditLogRetentionYears)
  return Number.isInteger(years) && years >= 1 ? years : DEFAULT_AUDIT_LOG_RETENTION_YEARS
}

/**
 * Deletes audit entries older than the `retention` global's **Keep audit entries for (years)**
 * (6 by default), in batches, up to 10,000 a run; the next hourly run takes any left. The only
 * way entries ever leave the log: no API may delete one. Returns how many went.
 */
export async function deleteAuditEntriesPastRetention(payload: Payload, { now = new Date() } = {}): Promise<number> {
  const cutoff = auditRetentionCutoff(await auditLogRetentionYears(payload), now).toISOString()
  let deleted = 0
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const { docs } = await payload.find({ collection: 'audit-log', where: { at: { less_than: cutoff } }, sort: 'at', limit: BATCH, depth: 0, select: { at: true } })
    if (docs.length === 0) break
    const result = await payload.delete({ collection: 'audit-log', where: { id: { in: docs.map((doc) => doc.id) } }, depth: 0 })
    // A bulk delete reports failures instead of throwing; the task must fail so an admin sees it.
    if (result.errors.length > 0) throw new Error(`Could not delete ${result.errors.length} audit entries past retention: ${result.errors[0].message}`)
    deleted += docs.length
    if (docs.length < BATCH) break
  }
  if (deleted > 0) payload.logger.info({ msg: `Deleted ${deleted} audit entries written before ${cutoff}` })
  return deleted
}

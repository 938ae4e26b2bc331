import { londonDay } from '@/casework/londonTime'
import type { Stage } from '@/casework/stages'
import { type Closures, workingDaysBetween } from '@/casework/workingDays'

/**
 * A referral's de-identified statistics record (the `referral-stats` collection): what the
 * reports count, and nothing that names the trainee. Pure: the closures are passed in.
 */
export type ReferralFacts = {
  routedService?: unknown
  formSlug?: string | null
  staffGroup?: string | null
  region?: string | null
  priority?: string | null
  status?: string | null
  outcome?: string | null
  submittedAt: string
  firstContactDueAt?: string | null
  triagedAt?: string | null
  firstContactAt?: string | null
  supportStartedAt?: string | null
  closedAt?: string | null
}

export type StatsRow = {
  service: string | number | null
  formSlug: string | null
  staffGroup: string | null
  region: string | null
  priority: string
  stage: string
  outcome: string | null
  receivedAt: string
  receivedDay: string
  firstContactDueAt: string | null
  triagedAt: string | null
  firstContactAt: string | null
  supportStartedAt: string | null
  closedAt: string | null
  workingDaysToFirstContact: number | null
  contactedWithinDeadline: boolean | null
}

/** A relationship's id whether or not it was populated. */
export function idOf(value: unknown): string | number | null {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

const instant = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** The statistics of a referral as it stands. */
export function statsRowOf(referral: ReferralFacts, closures: Closures): StatsRow {
  const receivedAt = new Date(referral.submittedAt)
  const firstContactAt = instant(referral.firstContactAt)
  const firstContactDueAt = instant(referral.firstContactDueAt)
  return {
    service: idOf(referral.routedService),
    formSlug: referral.formSlug ?? null,
    staffGroup: referral.staffGroup ?? null,
    region: referral.region ?? null,
    priority: referral.priority ?? 'normal',
    stage: referral.status ?? 'new',
    outcome: referral.status === 'closed' ? (referral.outcome ?? null) : null,
    receivedAt: receivedAt.toISOString(),
    receivedDay: londonDay(receivedAt),
    firstContactDueAt,
    triagedAt: instant(referral.triagedAt),
    firstContactAt,
    supportStartedAt: instant(referral.supportStartedAt),
    closedAt: instant(referral.closedAt),
    workingDaysToFirstContact: firstContactAt ? Math.max(0, workingDaysBetween(receivedAt, new Date(firstContactAt), closures)) : null,
    contactedWithinDeadline: firstContactAt && firstContactDueAt ? firstContactAt <= firstContactDueAt : null,
  }
}

/** True when two records would count the same (ids compared as text: SQLite and MongoDB differ). */
export function sameStats(a: StatsRow, b: StatsRow): boolean {
  return (Object.keys(a) as Array<keyof StatsRow>).every((key) => String(a[key]) === String(b[key]))
}

/** The working stages a record shows it passed, latest first, by the time it reached each (the stores' queries use this order too). */
export const FURTHEST_ORDER = [
  ['in-support', 'supportStartedAt'],
  ['contacted', 'firstContactAt'],
  ['triaged', 'triagedAt'],
] as const satisfies ReadonlyArray<readonly [Stage, keyof StatsRow]>

/**
 * The furthest working stage a referral has reached before or without closing: its stage now
 * or a later one it passed (contacted without a triage time has been triaged). Closing is not
 * a working stage: a referral closed straight from new (not eligible, say) counts as new here,
 * so the funnel never claims a contact that did not happen; the funnel counts closures apart.
 */
export function furthestStage(row: Pick<StatsRow, 'stage' | 'triagedAt' | 'firstContactAt' | 'supportStartedAt' | 'closedAt'>): Exclude<Stage, 'closed'> {
  const found = FURTHEST_ORDER.find(([stage, at]) => row.stage === stage || row[at])
  return found ? found[0] : 'new'
}

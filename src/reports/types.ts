import type { IsoDay } from '@/casework/londonTime'

/**
 * The managers' reports as the view, the summary CSV and the headline numbers receive them:
 * already suppressed on the server (src/reports/suppression.ts), so a suppressed number never
 * reaches the browser.
 */

export const GROUPINGS = ['week', 'month'] as const
export type Grouping = (typeof GROUPINGS)[number]

/** From the view's GET parameters (`from`, `to`, `service`, `group`), validated by zod. */
export type ReportFilters = {
  /** First UK day received, inclusive. */
  from: IsoDay
  /** Last UK day received, inclusive. */
  to: IsoDay
  /** A service's slug; none = every service. */
  service?: string
  group: Grouping
}

/** A number as shown: `'*'` when it is 1–7 referrals (or based on fewer than 8), or hidden to protect such a cell. */
export type Shown = number | '*'

export type ReportColumn = {
  key: string
  label: string
  /** How the numbers read: counts of referrals, working days, or a percentage (0–100). */
  unit: 'count' | 'days' | 'percent'
}

export type ReportRow = {
  key: string
  label: string
  /** One value per column key; null where the figure does not apply (e.g. no referral contacted yet). */
  cells: Record<string, Shown | null>
}

/** One figure: the accessible table is the truth, the chart draws the same numbers. */
export type ReportTable = {
  id: string
  title: string
  /** Says what is counted and over which referrals, for the table's caption. */
  caption: string
  /** The heading of the row labels' column, e.g. "Week beginning". */
  rowHeader: string
  columns: ReportColumn[]
  rows: ReportRow[]
  total?: ReportRow
}

export const REPORT_TABLE_IDS = [
  'received',
  'byService',
  'byStaffGroup',
  'byRegion',
  'byForm',
  'funnel',
  'timeToContactByService',
  'timeToContactOverTime',
  'outcomes',
  'openByStage',
  'openByAge',
] as const
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number]

export type ReportView = {
  filters: ReportFilters
  /** False only when an admin has switched suppression off for this view (audited). */
  suppressed: boolean
  /** When the figures were read (ISO instant). */
  generatedAt: string
  tables: Record<ReportTableId, ReportTable>
  /** Open referrals past their first-contact deadline now (for the filtered service). */
  overdueNow: Shown
}

/** The four numbers on the admin home for managers and admins. */
export type Headlines = {
  receivedThisWeek: Shown
  open: Shown
  overdue: Shown
  /** Median working days from receipt to first contact over the last 12 months; null when none contacted. */
  medianDaysToFirstContact: Shown | null
}

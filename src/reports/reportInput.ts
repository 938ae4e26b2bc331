import type { IsoDay } from '@/casework/londonTime'

import type { Cell, OpenCaseload } from './cellCounts'
import type { ReportFilters } from './types'

/** What the report's tables are built from: the roll-ups read, the open caseload and the names. Pure. */
export type ReportInput = {
  filters: ReportFilters
  /** The roll-up cells of the days and service asked for. */
  cells: Cell[]
  /** The services to show (the one filtered, or all), by roll-up key, in display order. */
  services: Array<{ key: string; title: string }>
  /** Form titles by slug. */
  forms: Record<string, string>
  open: OpenCaseload
  today: IsoDay
}

import { addHistogram, type Histogram } from './percentiles'

/**
 * The counts a roll-up cell (one UK day received × one service) holds: everything every figure
 * needs, so a report over a year adds up a few thousand cells whatever the number of referrals.
 * The store groups the statistics by these dimensions; a missing or empty value is `none`. Pure.
 */
export const DIMENSIONS = ['total', 'priority', 'staffGroup', 'region', 'form', 'furthest', 'outcome', 'daysToContact', 'withinDeadline'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export const NONE = 'none'

export type CellCounts = {
  total: number
  priority: Record<string, number>
  staffGroup: Record<string, number>
  region: Record<string, number>
  /** By form slug. */
  form: Record<string, number>
  /** By the furthest stage reached (see statsRow.furthestStage). */
  furthest: Record<string, number>
  /** Closed referrals by outcome. */
  outcome: Record<string, number>
  /** Contacted referrals by working days from receipt to first contact. */
  daysToContact: Histogram
  /** Contacted referrals whose first contact was on or before its due time. */
  withinDeadline: number
}

/** One row of the store's GROUP BY: a cell, a dimension, a value and how many. */
export type GroupedCount = { day: string; serviceKey: string; dimension: Dimension; value: string | number | null; n: number }

export type Cell = { day: string; serviceKey: string; counts: CellCounts }

export const emptyCounts = (): CellCounts => ({
  total: 0,
  priority: {},
  staffGroup: {},
  region: {},
  form: {},
  furthest: {},
  outcome: {},
  daysToContact: {},
  withinDeadline: 0,
})

/** The roll-up key of a service: its id as text, or `none` for referrals routed nowhere. */
export const serviceKeyOf = (service: string | number | null | undefined): string => (service === null || service === undefined || service === '' ? NONE : String(service))

/** Builds the cells from the store's grouped counts. */
export function cellsFromGroups(groups: readonly GroupedCount[]): Cell[] {
  const cells = new Map<string, Cell>()
  for (const { day, serviceKey, dimension, value, n } of groups) {
    const key = `${day}|${serviceKey}`
    let cell = cells.get(key)
    if (!cell) cells.set(key, (cell = { day, serviceKey, counts: emptyCounts() }))
    const count = Number(n)
    if (dimension === 'total') cell.counts.total += count
    else if (dimension === 'withinDeadline') cell.counts.withinDeadline += count
    else {
      const name = value === null || value === undefined || value === '' ? NONE : String(value)
      cell.counts[dimension][name] = (cell.counts[dimension][name] ?? 0) + count
    }
  }
  return [...cells.values()]
}

/** Adds one cell's counts into another (in place) and returns it. */
export function addCounts(into: CellCounts, from: CellCounts): CellCounts {
  into.total += from.total
  into.withinDeadline += from.withinDeadline
  for (const dimension of ['priority', 'staffGroup', 'region', 'form', 'furthest', 'outcome', 'daysToContact'] as const) addHistogram(into[dimension], from[dimension] ?? {})
  return into
}

/** Sums items' counts by a key (a fresh total per key; the items are left as they were). */
export function sumBy<T extends { counts: CellCounts }>(items: readonly T[], keyOf: (item: T) => string): Map<string, CellCounts> {
  const sums = new Map<string, CellCounts>()
  for (const item of items) {
    const key = keyOf(item)
    sums.set(key, addCounts(sums.get(key) ?? emptyCounts(), item.counts))
  }
  return sums
}

/** The open caseload now (not filtered by dates), as the store counts it. */
export type OpenCaseload = {
  /** Open (not closed) referrals by stage. */
  byStage: Record<string, number>
  /** Open referrals by UK day received. */
  byDay: Record<string, number>
  /** Open, not yet contacted, and past their first contact due time. */
  overdue: number
}

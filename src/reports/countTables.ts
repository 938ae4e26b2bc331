import { OUTCOME_LABELS, OUTCOMES } from '@/casework/stages'
import { factQuestions } from '@/eligibility/facts'

import { type CellCounts, NONE } from './cellCounts'
import type { ReportInput } from './reportInput'
import { periodHeader, periodLabel, periodsBetween } from './periods'
import type { DraftRow, DraftTable } from './suppression'

/**
 * The tables of how many referrals arrived: per period (urgent / routine), by service, staff
 * group, region and form, and the outcomes of those closed. Pure.
 */
const REFERRALS = [{ key: 'referrals', label: 'Referrals', unit: 'count' as const }]

const row = (key: string, label: string, counts: Record<string, number>): DraftRow => ({ key, label, counts })

/** A one-column table of counts by category, with a total row (rows add up to it). */
export function categoryTable(
  base: Pick<DraftTable, 'id' | 'title' | 'caption' | 'rowHeader'>,
  categories: ReadonlyArray<{ key: string; label: string }>,
  counts: Record<string, number>,
): DraftTable {
  const rows = categories.map(({ key, label }) => row(key, label, { referrals: counts[key] ?? 0 }))
  const total = rows.reduce((sum, r) => sum + r.counts.referrals, 0)
  return { ...base, columns: REFERRALS, rows, total: row('total', 'Total', { referrals: total }), additive: ['referrals'] }
}

/** The categories of a fact question (staff group, region), then "Not stated". */
export function factCategories(key: 'staffGroup' | 'region', otherLabel?: string) {
  const options = (factQuestions[key].options ?? []).map(({ value, label }) => ({ key: value, label: value === 'other' && otherLabel ? otherLabel : label }))
  return [...options, { key: NONE, label: 'Not stated' }]
}

/** Referrals received per period, urgent and routine. */
export function receivedTable(input: ReportInput, caption: string, byPeriod: Map<string, CellCounts>): DraftTable {
  const { group } = input.filters
  const rows = periodsBetween(input.filters.from, input.filters.to, group).map((period) => {
    const counts = byPeriod.get(period)
    const urgent = counts?.priority.urgent ?? 0
    const total = counts?.total ?? 0
    return row(period, periodLabel(period, group), { urgent, routine: total - urgent, total })
  })
  const sum = (key: string) => rows.reduce((acc, r) => acc + r.counts[key], 0)
  return {
    id: 'received',
    title: `Referrals received per ${group}`,
    caption: `${caption}, urgent (a risk question answered) and routine.`,
    rowHeader: periodHeader(group),
    columns: [
      { key: 'urgent', label: 'Urgent', unit: 'count' },
      { key: 'routine', label: 'Routine', unit: 'count' },
      { key: 'total', label: 'Total', unit: 'count' },
    ],
    rows,
    total: row('total', 'Total', { urgent: sum('urgent'), routine: sum('routine'), total: sum('total') }),
    additive: ['urgent', 'routine', 'total'],
    rowSum: { whole: 'total', parts: ['urgent', 'routine'] },
  }
}

/** Closed referrals by outcome (as closed now). */
export function outcomesTable(caption: string, all: CellCounts): DraftTable {
  const categories = [...OUTCOMES.map((key) => ({ key, label: OUTCOME_LABELS[key] })), ...(all.outcome[NONE] ? [{ key: NONE, label: 'Not recorded' }] : [])]
  return categoryTable(
    { id: 'outcomes', title: 'Outcomes of closed referrals', caption: `${caption}, closed now, by outcome.`, rowHeader: 'Outcome' },
    categories,
    all.outcome,
  )
}

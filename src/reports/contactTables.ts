import { STAGE_LABELS, STAGES } from '@/casework/stages'

import type { CellCounts } from './cellCounts'
import { histogramSize, percentile } from './percentiles'
import type { DraftRow, DraftTable } from './suppression'
import type { ReportColumn } from './types'

/**
 * The funnel (how far referrals got) and the time to first contact in working days (median,
 * 90th percentile by nearest rank, and the share contacted within the deadline). Pure.
 */
const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * 100) / whole) : null)

/** Received → triaged → contacted → in support → closed, each with its share of those received. */
export function funnelTable(caption: string, all: CellCounts): DraftTable {
  // Reaching a working stage = reaching it or a later one (the furthest counted per stage);
  // closed = every closed referral (each has an outcome), whatever stage it got to first.
  const reached = (index: number) => STAGES.slice(index).reduce((sum, stage) => sum + (all.furthest[stage] ?? 0), 0)
  const closed = Object.values(all.outcome).reduce((sum, n) => sum + n, 0)
  const rows: DraftRow[] = STAGES.map((stage, index) => {
    const n = index === 0 ? all.total : stage === 'closed' ? closed : reached(index)
    return {
      key: stage,
      label: index === 0 ? 'Received' : STAGE_LABELS[stage],
      counts: { referrals: n },
      derived: { share: { value: percent(n, all.total), base: all.total, numerator: 'referrals' } },
    }
  })
  return {
    id: 'funnel',
    title: 'How far referrals have got',
    caption: `${caption}: how many have reached each stage so far, and their share of those received. Closed counts every closed referral, including those closed before contact (for example, not eligible), which do not count as triaged, contacted or in support.`,
    rowHeader: 'Stage',
    columns: [
      { key: 'referrals', label: 'Referrals', unit: 'count' },
      { key: 'share', label: 'Share of received', unit: 'percent' },
    ],
    rows,
  }
}

const CONTACT_COLUMNS: ReportColumn[] = [
  { key: 'contacted', label: 'Contacted', unit: 'count' },
  { key: 'median', label: 'Median working days', unit: 'days' },
  { key: 'p90', label: '90th percentile, working days', unit: 'days' },
  { key: 'withinDeadline', label: 'Contacted within deadline', unit: 'percent' },
]

/** One row of time to first contact over some referrals' counts. */
export function contactRow(key: string, label: string, counts: CellCounts | undefined): DraftRow {
  const histogram = counts?.daysToContact ?? {}
  const contacted = histogramSize(histogram)
  const within = counts?.withinDeadline ?? 0
  return {
    key,
    label,
    counts: { contacted },
    derived: {
      median: { value: percentile(histogram, 50), base: contacted },
      p90: { value: percentile(histogram, 90), base: contacted },
      withinDeadline: { value: percent(within, contacted), base: contacted, numerator: within },
    },
  }
}

/** Time to first contact by rows (services or periods received), with a total row. */
export function contactTable(
  base: Pick<DraftTable, 'id' | 'title' | 'rowHeader'>,
  caption: string,
  rows: DraftRow[],
  all: CellCounts,
): DraftTable {
  return {
    ...base,
    caption: `${caption}, contacted so far: working days from receipt to first contact (median and 90th percentile, nearest rank) and the share contacted by the service's deadline.`,
    columns: CONTACT_COLUMNS,
    rows,
    total: contactRow('total', 'All', all),
    additive: ['contacted'],
  }
}

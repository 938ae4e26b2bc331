import type { ReportColumn, ReportTable } from '@/reports/types'
import { formatCell } from './formatCell'

/** One bar group: the row's label, each series' height, and the words drawn beside each bar. */
export type ChartDatum = { label: string } & Record<string, string | number>

export type ChartSeries = { key: string; name: string }

export type ChartModel = { series: ChartSeries[]; data: ChartDatum[]; unit: ReportColumn['unit'] }

/** Rows or columns above this many are drawn without a number on every bar (a `*` is always drawn). */
const MAX_LABELLED_BARS = 30

export const labelKey = (key: string) => `${key}__label`

/**
 * The chart's data from a table's already-suppressed cells: the series that share one unit (a
 * chart has one axis): working days where the table has them (time to first contact: median
 * and 90th percentile), else the first column's. A `*` becomes a zero-height gap labelled `*`,
 * and a figure that does not apply an unlabelled gap.
 */
export function chartModel(table: ReportTable): ChartModel {
  const unit = table.columns.some((column) => column.unit === 'days') ? 'days' : (table.columns[0]?.unit ?? 'count')
  const columns = table.columns.filter((column) => column.unit === unit)
  const labelAll = table.rows.length * columns.length <= MAX_LABELLED_BARS
  const data = table.rows.map((row) => {
    const datum: ChartDatum = { label: row.label }
    for (const column of columns) {
      const value = row.cells[column.key]
      datum[column.key] = typeof value === 'number' ? value : 0
      datum[labelKey(column.key)] = value === '*' ? '*' : typeof value === 'number' && labelAll ? formatCell(value, unit) : ''
    }
    return datum
  })
  return { series: columns.map((column) => ({ key: column.key, name: column.label })), data, unit }
}

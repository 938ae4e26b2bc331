import { stringify } from 'csv-stringify/sync'

import { REPORT_TABLE_IDS, type ReportView } from './types'

export const SUMMARY_CSV_HEADER = ['Figure', 'Row heading', 'Row', 'Measure', 'Unit', 'Value'] as const

/**
 * A spreadsheet would run a cell starting with one of these as a formula: labels come from
 * editors (service and form titles), so such a cell is prefixed with an apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const safe = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text)

/**
 * The dashboard's tables as one CSV, one line per cell (figure, row, measure, value), exactly
 * as the view shows them: `*` where suppressed, empty where a figure does not apply. Totals
 * are rows labelled as such.
 */
export function summaryCsv(report: ReportView): { csv: string; rows: number } {
  const lines: string[][] = []
  for (const id of REPORT_TABLE_IDS) {
    const table = report.tables[id]
    for (const row of table.total ? [...table.rows, table.total] : table.rows) {
      for (const column of table.columns) {
        const value = row.cells[column.key]
        lines.push([table.title, table.rowHeader, row.label, column.label, column.unit, value === null || value === undefined ? '' : String(value)].map(safe))
      }
    }
  }
  return { csv: stringify([[...SUMMARY_CSV_HEADER], ...lines], { bom: true, record_delimiter: 'windows' }), rows: lines.length }
}

/** The download's file name, from the filters: `psu-report-2025-12-01-to-2026-11-30[-service].csv`. */
export function summaryCsvFileName(report: ReportView): string {
  const { from, to, service } = report.filters
  return `psu-report-${from}-to-${to}${service ? `-${service}` : ''}.csv`
}

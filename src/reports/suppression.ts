import type { ReportColumn, ReportRow, ReportTable, Shown } from './types'

/**
 * Small-number suppression (NHS Digital's disclosure control for published health statistics):
 * a count of 1 to 7 referrals is shown as `*`; 0 is shown. A median, percentile or percentage
 * based on fewer than 8 referrals is `*`, and so is a percentage whose numerator is hidden (or,
 * for a numerator not shown as a count, whose numerator or remainder is 1 to 7).
 * Secondary suppression: where a hidden cell could be worked out from a shown total and the
 * other cells of its row or column, the next-smallest non-zero cell of that line is hidden too,
 * until no line has exactly one hidden cell. Pure.
 */
export const SMALLEST_SHOWN = 8

/** A count as shown: 1–7 become `*`. */
export const suppressCount = (n: number): Shown => (n > 0 && n < SMALLEST_SHOWN ? '*' : n)

/** A figure (median, percentile, percentage) based on `base` referrals. */
export const suppressFigure = (value: number, base: number): Shown => (base < SMALLEST_SHOWN ? '*' : value)

/** A figure derived from a row's referrals: its value, how many it is based on, and its numerator. */
export type Derived = {
  value: number | null
  base: number
  /** The numerator of a percentage: a number, or the key of a count column of the same row. */
  numerator?: number | string
}

/** A table's row before suppression: counts per count column, derived figures per other column. */
export type DraftRow = { key: string; label: string; counts: Record<string, number>; derived?: Record<string, Derived> }

/** A table before suppression, with the sums a reader could use to work a hidden cell out. */
export type DraftTable = Omit<ReportTable, 'rows' | 'total'> & {
  rows: DraftRow[]
  /** Column sums: each row of `total` is the sum of the rows above it in these count columns. */
  total?: DraftRow
  additive?: string[]
  /** Row sums: in every row (and the total), `whole` = the sum of `parts`. */
  rowSum?: { whole: string; parts: string[] }
}

type Cell = { row: number; column: string }
const TOTAL = -1

/** Every line (row or column) along which shown cells add up to a shown whole. */
function sums(draft: DraftTable): Array<{ whole: Cell; parts: Cell[] }> {
  const lines: Array<{ whole: Cell; parts: Cell[] }> = []
  const rowIndexes = draft.rows.map((_, index) => index)
  if (draft.total) {
    for (const column of draft.additive ?? []) lines.push({ whole: { row: TOTAL, column }, parts: rowIndexes.map((row) => ({ row, column })) })
  }
  if (draft.rowSum) {
    const { whole, parts } = draft.rowSum
    for (const row of draft.total ? [...rowIndexes, TOTAL] : rowIndexes) lines.push({ whole: { row, column: whole }, parts: parts.map((column) => ({ row, column })) })
  }
  return lines
}

/** The keys of the cells to hide: primary (1–7) then secondary, until stable. */
export function hiddenCells(draft: DraftTable): Set<string> {
  const value = ({ row, column }: Cell) => (row === TOTAL ? draft.total?.counts[column] : draft.rows[row]?.counts[column]) ?? 0
  const key = ({ row, column }: Cell) => `${row}:${column}`
  const hidden = new Set<string>()
  const all = [...draft.rows.map((row, index) => ({ row, index })), ...(draft.total ? [{ row: draft.total, index: TOTAL }] : [])]
  for (const { row, index } of all) for (const [column, n] of Object.entries(row.counts)) if (suppressCount(n) === '*') hidden.add(key({ row: index, column }))
  const lines = sums(draft)
  for (let changed = true; changed; ) {
    changed = false
    for (const { whole, parts } of lines) {
      const cells = [...parts, whole]
      if (cells.filter((cell) => hidden.has(key(cell))).length !== 1) continue
      // Parts first (smallest non-zero), the whole only if no part can hide the figure.
      const candidates = [...parts.filter((cell) => !hidden.has(key(cell)) && value(cell) > 0).sort((a, b) => value(a) - value(b)), whole].filter(
        (cell) => !hidden.has(key(cell)) && value(cell) > 0,
      )
      if (candidates[0]) {
        hidden.add(key(candidates[0]))
        changed = true
      }
    }
  }
  return hidden
}

function finishRow(row: DraftRow, index: number, columns: ReportColumn[], hidden: Set<string> | undefined): ReportRow {
  const cells: Record<string, Shown | null> = {}
  const isHidden = (column: string) => hidden?.has(`${index}:${column}`) ?? false
  for (const { key } of columns) {
    if (key in row.counts) cells[key] = isHidden(key) ? '*' : row.counts[key]
    const derived = row.derived?.[key]
    if (!derived) continue
    const { value, base, numerator } = derived
    // A numerator that is not itself shown (contacted within deadline) also gives away its
    // complement: 97% of 100 says 3 were late. Either side from 1 to 7 hides the percentage.
    const numeratorHidden =
      typeof numerator === 'string'
        ? isHidden(numerator)
        : numerator !== undefined && (suppressCount(numerator) === '*' || suppressCount(base - numerator) === '*')
    cells[key] = value === null ? null : hidden && (base < SMALLEST_SHOWN || numeratorHidden) ? '*' : value
  }
  return { key: row.key, label: row.label, cells }
}

/** The table as shown: suppressed unless `suppress` is false (an admin's audited choice). */
export function finishTable(draft: DraftTable, suppress: boolean): ReportTable {
  const hidden = suppress ? hiddenCells(draft) : undefined
  const { rows, total, additive: _additive, rowSum: _rowSum, ...table } = draft
  return {
    ...table,
    rows: rows.map((row, index) => finishRow(row, index, table.columns, hidden)),
    ...(total ? { total: finishRow(total, TOTAL, table.columns, hidden) } : {}),
  }
}

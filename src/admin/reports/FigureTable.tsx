import type { ReportRow, ReportTable } from '@/reports/types'
import { formatCell } from './formatCell'
import styles from './reports.module.css'

type Props = { table: ReportTable; noteId: string }

function Row({ row, table, total = false }: { row: ReportRow; table: ReportTable; total?: boolean }) {
  return (
    <tr className={total ? styles.total : undefined}>
      <th scope="row">{row.label}</th>
      {table.columns.map((column) => (
        <td key={column.key} className={styles.number}>
          {formatCell(row.cells[column.key], column.unit)}
        </td>
      ))}
    </tr>
  )
}

/**
 * One figure as an accessible table, rendered on the server: the truth the chart draws. Its
 * numbers arrive already suppressed (`*`), so nothing hidden is in the page.
 */
export function FigureTable({ table, noteId }: Props) {
  if (table.rows.length === 0) return <p>There were no referrals to count for these filters.</p>
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-describedby={noteId}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column.key} className={styles.number}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.key} row={row} table={table} />
          ))}
        </tbody>
        {table.total ? (
          <tfoot>
            <Row row={table.total} table={table} total />
          </tfoot>
        ) : null}
      </table>
    </div>
  )
}

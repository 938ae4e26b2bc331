import type { ReportTable } from '@/reports/types'
import { chartModel } from './chartData'
import { FigureChart } from './FigureChart.client'
import { FigureTable } from './FigureTable'
import { SUPPRESSED_NOTE } from './formatCell'
import styles from './reports.module.css'

/** Figures over time are drawn as columns; categories (services, forms…) as bars with their names beside them. */
const OVER_TIME = new Set(['received', 'timeToContactOverTime'])

/** One figure: its heading, a chart of the numbers, and the same numbers as a table. */
export function Figure({ table }: { table: ReportTable }) {
  const headingId = `figure-${table.id}`
  const noteId = `${headingId}-note`
  return (
    <section className={styles.figure} aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      {table.rows.length > 0 ? <FigureChart model={chartModel(table)} horizontal={!OVER_TIME.has(table.id)} suppressedNote={SUPPRESSED_NOTE} /> : null}
      <FigureTable table={table} noteId={noteId} />
      <p id={noteId} className={styles.note}>
        {SUPPRESSED_NOTE}. – does not apply.
      </p>
    </section>
  )
}

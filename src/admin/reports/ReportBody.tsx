import { REPORT_TABLE_IDS, type ReportView } from '@/reports/types'
import { Figure } from './Figure'
import { formatCell } from './formatCell'
import { filterQuery, REFERRALS_CSV_PATH, SUMMARY_CSV_PATH } from './paths'
import styles from './reports.module.css'

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const longDay = (isoDay: string) => dayFormat.format(new Date(`${isoDay}T00:00:00Z`))

type Props = { report: ReportView; apiRoute: string; serviceTitle?: string }

/** The figures of one report, the downloads with the same filters, and a contents list. */
export function ReportBody({ report, apiRoute, serviceTitle }: Props) {
  const query = filterQuery(report.filters)
  return (
    <>
      <p className={styles.lede}>
        Referrals received from {longDay(report.filters.from)} to {longDay(report.filters.to)}, {serviceTitle ? `for the ${serviceTitle}` : 'for all services'}, by{' '}
        {report.filters.group}.
      </p>
      {report.suppressed ? null : (
        <div className={styles.warning} role="status">
          <strong>Small-number suppression is off.</strong> These figures show counts under 8 and may identify people: do not share them. Your
          view has been recorded in the audit log.
        </div>
      )}
      <ul className={styles.downloads}>
        <li>
          <a href={`${apiRoute}${SUMMARY_CSV_PATH}?${query}`} download>
            Download these tables (CSV)
          </a>
        </li>
        <li>
          <a href={`${apiRoute}${REFERRALS_CSV_PATH}?${query}`} download>
            Download one row per referral (CSV, de-identified)
          </a>
        </li>
      </ul>
      <dl className={styles.overdue}>
        <dt>Open referrals overdue for first contact now</dt>
        <dd>{formatCell(report.overdueNow, 'count')}</dd>
      </dl>
      <nav aria-label="Figures in this report">
        <h2 className={styles.contentsHeading}>Contents</h2>
        <ol className={styles.contents}>
          {REPORT_TABLE_IDS.map((id) => (
            <li key={id}>
              <a href={`#figure-${id}`}>{report.tables[id].title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {REPORT_TABLE_IDS.map((id) => (
        <Figure key={id} table={report.tables[id]} />
      ))}
    </>
  )
}

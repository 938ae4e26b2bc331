import type { QueueRow } from './loadCasework'
import styles from './casework.module.css'

type Props = { caption: string; rows: QueueRow[]; editUrl: (id: string | number) => string }

/** One queue as a table: urgent rows are tagged in words as well as marked, and come first. */
export function QueueTable({ caption, rows, editUrl }: Props) {
  if (rows.length === 0) return <p>There are no referrals in this queue.</p>
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Reference</th>
          <th scope="col">Applicant</th>
          <th scope="col">Service</th>
          <th scope="col">Priority</th>
          <th scope="col">Stage</th>
          <th scope="col">Waiting</th>
          <th scope="col">First contact</th>
          <th scope="col">Assigned to</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.id)} className={row.urgent ? styles.urgentRow : undefined}>
            <th scope="row">
              <a href={editUrl(row.id)}>{row.reference}</a>
            </th>
            <td>{row.applicantName}</td>
            <td>{row.service}</td>
            <td>{row.urgent ? <strong className={`${styles.tag} ${styles.tagUrgent}`}>{row.priority}</strong> : row.priority}</td>
            <td>{row.stage}</td>
            <td>
              {row.waiting} working {row.waiting === 1 ? 'day' : 'days'}
            </td>
            <td>{row.due}</td>
            <td>{row.assignee}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

import { formatDateTime } from '@/admin/referral/formatDateTime'
import type { SubjectAccessReport } from '@/subjectAccess/types'
import styles from './subjectAccess.module.css'

type Props = { report: SubjectAccessReport; apiUrl: string; editUrlPrefix: string }

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** What is held about the person, counted, their referrals listed, and the two downloads. */
export function SubjectResults({ report, apiUrl, editUrlPrefix }: Props) {
  const query = new URLSearchParams({ email: report.email })
  const { counts } = report
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">What we hold about {report.email}</h2>
      <p role="status">
        {plural(counts.referrals, 'referral')}, {plural(counts.answers, 'answer')}, {plural(counts.notes, 'case note')},{' '}
        {plural(counts.emailJobs, 'email waiting or failed', 'emails waiting or failed')}, {plural(counts.auditEntries, 'audit entry', 'audit entries')} and{' '}
        {plural(counts.formSessions, 'form in progress', 'forms in progress')}.
      </p>
      <ul className={styles.downloads}>
        <li>
          <a href={`${apiUrl}/subject-access?${query}`} download>Download their data (JSON)</a>
        </li>
        <li>
          <a href={`${apiUrl}/subject-access?${query}&format=html`} target="_blank" rel="noopener">Printable page (HTML, opens in a new tab)</a>
        </li>
      </ul>
      {report.referrals.length > 0 ? (
        <table className={styles.table}>
          <caption>Referrals</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Service</th>
              <th scope="col">Stage</th>
              <th scope="col">Submitted</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {report.referrals.map((referral) => (
              <tr key={referral.reference}>
                <th scope="row">
                  <a href={`${editUrlPrefix}/${encodeURIComponent(referral.id)}`}>{referral.reference}</a>
                </th>
                <td>{referral.service}</td>
                <td>{referral.outcome ? `${referral.stage}: ${referral.outcome}` : referral.stage}</td>
                <td>{formatDateTime(referral.submittedAt)}</td>
                <td>{referral.notes.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

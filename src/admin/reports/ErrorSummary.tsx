import type { FilterError } from './reportSource'
import styles from './reports.module.css'

/** The GOV.UK error summary: each problem links to its field. */
export function ErrorSummary({ errors }: { errors: FilterError[] }) {
  if (errors.length === 0) return null
  return (
    <div className={styles.errorSummary} aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>
            <a href={`#${error.field === 'group' ? 'group-week' : error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

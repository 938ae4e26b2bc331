import { GROUPINGS, type ReportFilters } from '@/reports/types'
import type { FilterError, ServiceOption } from './reportSource'
import styles from './reports.module.css'

type Props = {
  action: string
  /** What was asked, as typed (kept when it has errors). */
  asked: Partial<Record<keyof ReportFilters, string>>
  filters: ReportFilters
  errors: FilterError[]
  services: ServiceOption[]
  /** Admins may see the figures unsuppressed; the box is not shown to anyone else. */
  mayUnsuppress: boolean
  unsuppressed: boolean
}

const GROUP_LABELS = { week: 'Week (beginning Monday)', month: 'Month' } as const

/** The report's filters: a plain GET form, so every view has an address to share and works without JavaScript. */
export function FilterForm({ action, asked, filters, errors, services, mayUnsuppress, unsuppressed }: Props) {
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message
  const value = (field: keyof ReportFilters) => asked[field] ?? filters[field] ?? ''
  const described = (field: string, hint?: string) => [hint, errorOf(field) ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const dateField = (field: 'from' | 'to', label: string, hint: string) => (
    <div className={errorOf(field) ? `${styles.field} ${styles.fieldError}` : styles.field}>
      <label htmlFor={field}>{label}</label>
      <p id={`${field}-hint`} className={styles.hint}>{hint}</p>
      {errorOf(field) ? <p id={`${field}-error`} className={styles.errorMessage}><span className={styles.visuallyHidden}>Error:</span> {errorOf(field)}</p> : null}
      <input id={field} name={field} type="date" defaultValue={value(field)} aria-describedby={described(field, `${field}-hint`)} aria-invalid={errorOf(field) ? true : undefined} />
    </div>
  )
  return (
    <form method="get" action={action} className={styles.filters} aria-label="Report filters">
      {dateField('from', 'Received from', 'The first day to count, for example 2026-01-01')}
      {dateField('to', 'Received to', 'The last day to count, inclusive')}
      <div className={errorOf('service') ? `${styles.field} ${styles.fieldError}` : styles.field}>
        <label htmlFor="service">Service</label>
        {errorOf('service') ? <p id="service-error" className={styles.errorMessage}><span className={styles.visuallyHidden}>Error:</span> {errorOf('service')}</p> : null}
        <select id="service" name="service" defaultValue={value('service')} aria-describedby={described('service')}>
          <option value="">All services</option>
          {services.map((service) => (
            <option key={service.slug} value={service.slug}>{service.title}</option>
          ))}
        </select>
      </div>
      <fieldset className={errorOf('group') ? `${styles.field} ${styles.fieldError}` : styles.field} aria-describedby={described('group')}>
        <legend>Show referrals received per</legend>
        {errorOf('group') ? <p id="group-error" className={styles.errorMessage}><span className={styles.visuallyHidden}>Error:</span> {errorOf('group')}</p> : null}
        {GROUPINGS.map((group) => (
          <div key={group} className={styles.radio}>
            <input id={`group-${group}`} type="radio" name="group" value={group} defaultChecked={value('group') === group} />
            <label htmlFor={`group-${group}`}>{GROUP_LABELS[group]}</label>
          </div>
        ))}
      </fieldset>
      {mayUnsuppress ? (
        <div className={styles.checkbox}>
          <input id="suppression" type="checkbox" name="suppression" value="off" defaultChecked={unsuppressed} aria-describedby="suppression-hint" />
          <label htmlFor="suppression">Show the true numbers (switch small-number suppression off)</label>
          <p id="suppression-hint" className={styles.hint}>Administrators only. Each view without suppression is recorded in the audit log.</p>
        </div>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-medium">Apply filters</button>
    </form>
  )
}

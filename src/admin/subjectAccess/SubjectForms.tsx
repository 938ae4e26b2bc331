import type { FieldError } from '@/subjectAccess/request'
import styles from './subjectAccess.module.css'

const errorFor = (errors: FieldError[], field: FieldError['field']) => errors.find((error) => error.field === field)

/** The errors at the top of the page, each linking to its field (GOV.UK's error summary). */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) return null
  return (
    <div className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

type FieldProps = { id: FieldError['field']; label: string; hint?: string; value?: string; errors: FieldError[] }

/** A labelled email input with its hint and error message, described to assistive technology. */
function EmailField({ id, label, hint, value, errors }: FieldProps) {
  const error = errorFor(errors, id)
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className={`${styles.field} ${error ? styles.fieldError : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? <span id={`${id}-hint`} className={styles.hint}>{hint}</span> : null}
      {error ? <span id={`${id}-error`} className={styles.message}>Error: {error.message}</span> : null}
      <input id={id} name={id} type="email" autoComplete="off" spellCheck={false} defaultValue={value} aria-describedby={described || undefined} aria-invalid={error ? true : undefined} />
    </div>
  )
}

/** The search: a plain GET form, so it works without JavaScript and the result can be reloaded. */
export function SearchForm({ action, typed, errors }: { action: string; typed: string; errors: FieldError[] }) {
  return (
    <form method="get" action={action} noValidate>
      <EmailField id="email" label="Email address" hint="The address the person used on their referral or form" value={typed} errors={errors} />
      <button type="submit" className="btn btn--style-primary btn--size-medium">Find their data</button>
    </form>
  )
}

/**
 * Erasure, confirmed by typing the address again. A form post to the erase endpoint, which
 * sends the browser back here (303) with the outcome.
 */
export function EraseForm({ action, email, errors }: { action: string; email: string; errors: FieldError[] }) {
  return (
    <section className={styles.erase} aria-labelledby="erase-title">
      <h2 id="erase-title">Erase this person&rsquo;s data</h2>
      <p className={styles.warning}>
        This deletes their referrals, answers, case notes, forms in progress and emails not yet sent. It cannot be undone.
      </p>
      <p>Report totals do not change, and the audit log keeps who erased how many records and when.</p>
      <form method="post" action={action} noValidate>
        <input type="hidden" name="email" value={email} />
        <EmailField id="confirmEmail" label="Type the email address again to confirm" value="" errors={errors} />
        <button type="submit" className="btn btn--style-primary btn--size-medium">Erase their data</button>
      </form>
    </section>
  )
}

import type { FieldError, Question } from '@/forms/types'

/** What every question component is given. */
export type FieldProps = {
  question: Question
  /** The stored answer, or what the trainee typed when the page failed validation. */
  value: unknown
  errors: FieldError[]
  /** The only question on the page: its label or legend is the page's h1 (NHS pattern). */
  asHeading: boolean
}

/** "nhsuk-form-group", red-ruled when the question has an error. */
export const formGroupClass = (errors: FieldError[]): string =>
  errors.length > 0 ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'

/** Ids of the hint and error that describe a field, for `aria-describedby`. */
export function describedBy(id: string, question: Question, errors: FieldError[]): string | undefined {
  const ids = [question.hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function FieldLabel({ htmlFor, text, asHeading }: { htmlFor: string; text: string; asHeading: boolean }) {
  const label = (
    <label className={`nhsuk-label ${asHeading ? 'nhsuk-label--l' : 'nhsuk-label--s'}`} htmlFor={htmlFor}>
      {text}
    </label>
  )
  return asHeading ? <h1 className="nhsuk-label-wrapper">{label}</h1> : label
}

export function FieldLegend({ text, asHeading }: { text: string; asHeading: boolean }) {
  return (
    <legend className={`nhsuk-fieldset__legend ${asHeading ? 'nhsuk-fieldset__legend--l' : 'nhsuk-fieldset__legend--s'}`}>
      {asHeading ? <h1 className="nhsuk-fieldset__heading">{text}</h1> : text}
    </legend>
  )
}

export function Hint({ id, text }: { id: string; text?: string }) {
  if (!text) return null
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {text}
    </div>
  )
}

/** NHS error message: "Error:" is read out first but not shown. */
export function ErrorMessage({ id, errors }: { id: string; errors: FieldError[] }) {
  if (errors.length === 0) return null
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      {errors.map((error, index) => (
        <span key={error.field} className={index > 0 ? 'nhsuk-u-display-block' : undefined}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error.message}
        </span>
      ))}
    </span>
  )
}

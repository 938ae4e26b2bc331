import type { Question } from '@/forms/types'

import { textOf } from './formValues'
import { describedBy, ErrorMessage, FieldLabel, formGroupClass, Hint, type FieldProps } from './FieldParts'

type InputKind = { type: string; inputMode?: 'numeric' | 'email' | 'tel'; spellCheck?: boolean; width?: string }

// GOV.UK advice: numbers as text with a numeric keypad, so browsers do not alter what is typed.
const KINDS: Partial<Record<Question['type'], InputKind>> = {
  email: { type: 'email', spellCheck: false },
  ukPhone: { type: 'tel', width: 'nhsuk-input--width-20' },
  number: { type: 'text', inputMode: 'numeric', width: 'nhsuk-input--width-4' },
  registrationNumber: { type: 'text', spellCheck: false, width: 'nhsuk-input--width-10' },
}

// Autofill helps people who find typing hard; keys are the editor's, so only common ones are known.
const AUTOCOMPLETE: Record<string, string> = {
  firstName: 'given-name',
  givenName: 'given-name',
  lastName: 'family-name',
  familyName: 'family-name',
  surname: 'family-name',
  fullName: 'name',
  name: 'name',
  email: 'email',
  phone: 'tel',
}

function autoComplete(question: Question): string {
  if (question.type === 'email') return 'email'
  if (question.type === 'ukPhone') return 'tel'
  return AUTOCOMPLETE[question.key] ?? 'off'
}

/** NHS text input for short text, email, phone, number and registration numbers. */
export function TextInput({ question, value, errors, asHeading }: FieldProps) {
  const id = question.key
  const kind = KINDS[question.type] ?? { type: 'text' }
  const classes = ['nhsuk-input', kind.width, errors.length > 0 ? 'nhsuk-input--error' : ''].filter(Boolean).join(' ')
  return (
    <div className={formGroupClass(errors)}>
      <FieldLabel htmlFor={id} text={question.label} asHeading={asHeading} />
      <Hint id={id} text={question.hint} />
      <ErrorMessage id={id} errors={errors} />
      <input
        className={classes}
        id={id}
        name={question.key}
        type={kind.type}
        inputMode={kind.inputMode}
        spellCheck={kind.spellCheck}
        autoComplete={autoComplete(question)}
        defaultValue={textOf(value)}
        aria-describedby={describedBy(id, question, errors)}
      />
    </div>
  )
}

/** NHS textarea for long answers. */
export function Textarea({ question, value, errors, asHeading }: FieldProps) {
  const id = question.key
  return (
    <div className={formGroupClass(errors)}>
      <FieldLabel htmlFor={id} text={question.label} asHeading={asHeading} />
      <Hint id={id} text={question.hint} />
      <ErrorMessage id={id} errors={errors} />
      <textarea
        className={errors.length > 0 ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
        id={id}
        name={question.key}
        rows={5}
        defaultValue={textOf(value)}
        aria-describedby={describedBy(id, question, errors)}
      />
    </div>
  )
}

/** NHS select; the empty first option means "not chosen", which the engine reports as missing. */
export function Select({ question, value, errors, asHeading }: FieldProps) {
  const id = question.key
  return (
    <div className={formGroupClass(errors)}>
      <FieldLabel htmlFor={id} text={question.label} asHeading={asHeading} />
      <Hint id={id} text={question.hint} />
      <ErrorMessage id={id} errors={errors} />
      <select
        className={errors.length > 0 ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
        id={id}
        name={question.key}
        defaultValue={textOf(value)}
        aria-describedby={describedBy(id, question, errors)}
      >
        <option value="">Select an option</option>
        {(question.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

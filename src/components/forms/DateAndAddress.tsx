import { ADDRESS_LINES, DATE_PARTS, partOf } from './formValues'
import { describedBy, ErrorMessage, FieldLegend, formGroupClass, Hint, type FieldProps } from './FieldParts'

const DATE_LABELS = { day: 'Day', month: 'Month', year: 'Year' } as const

/** NHS date input: three boxes, read together as `{ day, month, year }`. */
export function DateInput({ question, value, errors, asHeading }: FieldProps) {
  const id = question.key
  return (
    <div className={formGroupClass(errors)}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(id, question, errors)}>
        <FieldLegend text={question.label} asHeading={asHeading} />
        <Hint id={id} text={question.hint} />
        <ErrorMessage id={id} errors={errors} />
        <div className="nhsuk-date-input" id={id}>
          {DATE_PARTS.map((part) => (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {DATE_LABELS[part]}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === 'year' ? 4 : 2}${errors.length > 0 ? ' nhsuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={partOf(value, part)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

const ADDRESS_LABELS = {
  line1: 'Address line 1',
  line2: 'Address line 2 (optional)',
  town: 'Town or city',
  county: 'County (optional)',
  postcode: 'Postcode',
} as const

const ADDRESS_AUTOCOMPLETE = {
  line1: 'address-line1',
  line2: 'address-line2',
  town: 'address-level2',
  county: 'address-level1',
  postcode: 'postal-code',
} as const

/** NHS address pattern: one box per line, each with its own error. */
export function AddressInput({ question, value, errors, asHeading }: FieldProps) {
  const id = question.key
  const lineErrors = (line: string) =>
    errors.filter((error) => error.field === `${id}.${line}` || (line === 'line1' && error.field === id))
  return (
    <div className={formGroupClass(errors)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={question.hint ? `${id}-hint` : undefined}>
        <FieldLegend text={question.label} asHeading={asHeading} />
        <Hint id={id} text={question.hint} />
        {ADDRESS_LINES.map((line) => {
          const own = lineErrors(line)
          return (
            <div className={formGroupClass(own)} key={line}>
              <label className="nhsuk-label" htmlFor={`${id}-${line}`}>
                {ADDRESS_LABELS[line]}
              </label>
              <ErrorMessage id={`${id}-${line}`} errors={own} />
              <input
                className={`nhsuk-input${line === 'postcode' ? ' nhsuk-input--width-10' : line === 'town' ? ' nhsuk-u-width-two-thirds' : ''}${own.length > 0 ? ' nhsuk-input--error' : ''}`}
                id={`${id}-${line}`}
                name={`${id}-${line}`}
                type="text"
                autoComplete={ADDRESS_AUTOCOMPLETE[line]}
                defaultValue={partOf(value, line)}
                aria-describedby={own.length > 0 ? `${id}-${line}-error` : undefined}
              />
            </div>
          )
        })}
      </fieldset>
    </div>
  )
}

import type { Option } from '@/forms/types'

import { chosenOf } from './formValues'
import { describedBy, ErrorMessage, FieldLegend, formGroupClass, Hint, type FieldProps } from './FieldParts'

const YES_NO: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

/** The first item's id is the question key, so the error summary can link to it. */
const itemId = (key: string, index: number): string => (index === 0 ? key : `${key}-${index + 1}`)

type ChoiceKind = 'radios' | 'checkboxes'

function ChoiceFieldset({ question, value, errors, asHeading, kind }: FieldProps & { kind: ChoiceKind }) {
  const id = question.key
  const yesNo = question.type === 'yesNo'
  const options = yesNo ? YES_NO : (question.options ?? [])
  const chosen = chosenOf(value)
  const listClass = kind === 'radios' ? `nhsuk-radios${yesNo ? ' nhsuk-radios--inline' : ''}` : 'nhsuk-checkboxes'
  return (
    <div className={formGroupClass(errors)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, question, errors)}>
        <FieldLegend text={question.label} asHeading={asHeading} />
        <Hint id={id} text={question.hint} />
        <ErrorMessage id={id} errors={errors} />
        <div className={listClass}>
          {options.map((option, index) => (
            <div className={`${kind === 'radios' ? 'nhsuk-radios' : 'nhsuk-checkboxes'}__item`} key={option.value}>
              <input
                className={`${kind === 'radios' ? 'nhsuk-radios' : 'nhsuk-checkboxes'}__input`}
                id={itemId(id, index)}
                name={question.key}
                type={kind === 'radios' ? 'radio' : 'checkbox'}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
              />
              <label className={`nhsuk-label ${kind === 'radios' ? 'nhsuk-radios' : 'nhsuk-checkboxes'}__label`} htmlFor={itemId(id, index)}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

/** NHS radios; yes/no questions show their two answers side by side. */
export function Radios(props: FieldProps) {
  return <ChoiceFieldset {...props} kind="radios" />
}

/** NHS checkboxes: any number of answers. */
export function Checkboxes(props: FieldProps) {
  return <ChoiceFieldset {...props} kind="checkboxes" />
}

/**
 * A single consent box. Its label says what the trainee agrees to, so it needs no legend;
 * the page's own heading introduces it.
 */
export function ConsentCheckbox({ question, value, errors }: FieldProps) {
  const id = question.key
  return (
    <div className={formGroupClass(errors)}>
      <Hint id={id} text={question.hint} />
      <ErrorMessage id={id} errors={errors} />
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={question.key}
            type="checkbox"
            value="yes"
            defaultChecked={chosenOf(value).includes('yes')}
            aria-describedby={describedBy(id, question, errors)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {question.label}
          </label>
        </div>
      </div>
    </div>
  )
}

type Option = { label: string; value: string }

type CheckboxGroupProps = {
  /** The query-string name; also the prefix of each box's id. */
  name: string
  legend: string
  options: Option[]
  checked: string[]
}

/** An NHS small-checkbox fieldset for a GET filter form. */
export function CheckboxGroup({ name, legend, options, checked }: CheckboxGroupProps) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {options.map((option) => {
            const id = `${name}-${option.value}`
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

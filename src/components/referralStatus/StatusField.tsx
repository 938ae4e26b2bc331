type StatusFieldProps = {
  name: 'reference' | 'email'
  label: string
  hint: string
  value: string
  error: string | undefined
}

/** One labelled NHS text input of the status form, with its hint and error message. */
export function StatusField({ name, label, hint, value, error }: StatusFieldProps) {
  const describedBy = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ')
  const email = name === 'email'
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      <div className="nhsuk-hint" id={`${name}-hint`}>
        {hint}
      </div>
      {error && (
        <span className="nhsuk-error-message" id={`${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <input
        className={['nhsuk-input', email ? '' : 'nhsuk-input--width-10', error ? 'nhsuk-input--error' : ''].filter(Boolean).join(' ')}
        id={name}
        name={name}
        type={email ? 'email' : 'text'}
        autoComplete={email ? 'email' : 'off'}
        spellCheck={false}
        autoCapitalize={email ? 'none' : 'characters'}
        defaultValue={value}
        aria-describedby={describedBy}
      />
    </div>
  )
}

export type SummaryListRow = {
  key: string
  label: string
  value: string
  /** Where "Change" goes; no link when absent. */
  changeHref?: string
}

/** Keeps the trainee's line breaks in long answers. */
function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/)
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {index > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  )
}

/**
 * NHS summary list for check your answers. Each "Change" link names its question in hidden
 * text, so a screen-reader list of links is not a column of identical "Change"s.
 */
export function SummaryList({ rows }: { rows: SummaryListRow[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.label}</dt>
          <dd className="nhsuk-summary-list__value">{row.value ? <Lines text={row.value} /> : 'Not answered'}</dd>
          {row.changeHref && (
            <dd className="nhsuk-summary-list__actions">
              <a href={row.changeHref}>
                Change<span className="nhsuk-u-visually-hidden"> {row.label}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  )
}

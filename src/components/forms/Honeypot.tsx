/**
 * A field people never see or reach (hidden, out of the tab order, no autofill) but naive bots
 * fill in. The back end treats a filled-in `website` as spam.
 */
export function Honeypot() {
  return (
    <div className="nhsuk-u-visually-hidden" aria-hidden="true">
      <label htmlFor="website">Leave this field empty</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}

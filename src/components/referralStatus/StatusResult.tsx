import { formatDate, isoDate } from '@/components/format'
import type { TraineeStatus } from '@/casework/traineeStatus'
import { paths } from '@/site/paths'

/** Where the referral stands: its reference, the stage in plain words and the last change. */
export function StatusResult({ reference, status, contactEmail }: { reference: string; status: TraineeStatus; contactEmail: string }) {
  return (
    <>
      <h1>Your referral</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Reference</dt>
          <dd className="nhsuk-summary-list__value">{reference}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Where it is</dt>
          <dd className="nhsuk-summary-list__value" id="referral-stage">
            {status.description}
          </dd>
        </div>
        {status.changedAt && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Last updated</dt>
            <dd className="nhsuk-summary-list__value">
              <time dateTime={isoDate(status.changedAt)}>{formatDate(status.changedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      <p>
        If you have a question about your referral, email <a href={`mailto:${contactEmail}`}>{contactEmail}</a> and quote your
        reference.
      </p>
      <p>
        <a href={paths.referralStatus()}>Check another referral</a>
      </p>
    </>
  )
}

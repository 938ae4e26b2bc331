import type { Policy } from '@/payload-types'
import { formatDate, isoDate } from './format'

/** "Published: May 2019" and, when set, "Review date: 1 May 2026". */
export function PolicyDates({ policy }: { policy: Policy }) {
  if (!policy.publishedDate && !policy.reviewDate) return null
  return (
    <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
      {policy.publishedDate && (
        <>
          Published:{' '}
          <time dateTime={isoDate(policy.publishedDate)}>{formatDate(policy.publishedDate, policy.datePrecision)}</time>
        </>
      )}
      {policy.publishedDate && policy.reviewDate && <br />}
      {policy.reviewDate && (
        <>
          Review date: <time dateTime={isoDate(policy.reviewDate)}>{formatDate(policy.reviewDate)}</time>
        </>
      )}
    </p>
  )
}

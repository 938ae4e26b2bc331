import type { Policy } from '@/payload-types'
import { paths } from '@/site/paths'
import { formatDate } from './format'

/** "PSU Eligibility Criteria - May 2019": the title with its date, as precisely as it is known. */
export function policyLabel(policy: Policy): string {
  return policy.publishedDate ? `${policy.title} - ${formatDate(policy.publishedDate, policy.datePrecision)}` : policy.title
}

/** The policies as a list of links; `withSummary` adds each policy's summary below its link. */
export function PolicyList({ policies, withSummary = false }: { policies: Policy[]; withSummary?: boolean }) {
  return (
    <ul className={withSummary ? 'nhsuk-list nhsuk-list--border' : 'nhsuk-list'}>
      {policies.map((policy) => (
        <li key={policy.id}>
          <a href={paths.policy(policy.slug)}>{policyLabel(policy)}</a>
          {withSummary && <p className="nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{policy.summary}</p>}
        </li>
      ))}
    </ul>
  )
}

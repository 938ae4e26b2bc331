import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { PolicyDates } from '@/components/PolicyDates'
import { getPolicies } from '@/content/policies'
import { paths } from '@/site/paths'

export const metadata: Metadata = {
  title: 'Policies',
  description: 'The PSU’s eligibility criteria, privacy statement, confidentiality and complaints policies, and guidance.',
}

/** Every published policy with its dates, in the order editors set. */
export default async function PoliciesPage() {
  const policies = await getPolicies()
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Policies</h1>
          <ul className="nhsuk-list nhsuk-list--border">
            {policies.map((policy) => (
              <li key={policy.id}>
                <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                  <a href={paths.policy(policy.slug)}>{policy.title}</a>
                </h2>
                <p className="nhsuk-u-margin-bottom-2">{policy.summary}</p>
                <PolicyDates policy={policy} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </PageShell>
  )
}

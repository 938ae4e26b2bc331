import type { Metadata } from 'next'

import { ActionLink } from '@/components/ActionLink'
import { EligibilityList } from '@/components/EligibilityList'
import { PageShell } from '@/components/PageShell'
import { getEligibilityRules } from '@/content/eligibility'
import { getSiteSettings } from '@/content/settings'
import { paths } from '@/site/paths'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    title: settings.whoCanAccess.heading,
    description: 'Who can use the Professional Support Unit: the trainees and healthcare professionals it supports.',
  }
}

/** "Who can access the PSU?" built from the eligibility rules the checker and forms also use. */
export default async function WhoCanAccessPage() {
  const [settings, rules] = await Promise.all([getSiteSettings(), getEligibilityRules()])
  const [onlyRequired] = rules.required
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{settings.whoCanAccess.heading}</h1>
          {rules.required.length === 0 ? (
            <p>You can use the PSU if you are one of these:</p>
          ) : rules.required.length === 1 ? (
            <p>{`${onlyRequired.explanation}, specifically:`}</p>
          ) : (
            <>
              <p>You need to be all of these:</p>
              <EligibilityList rules={rules.required} />
              <p>and, specifically, one of these:</p>
            </>
          )}
          <EligibilityList rules={rules.routes} />
          <ActionLink href="/eligibility">Check if you can use the PSU</ActionLink>
          <h2>If you are not sure</h2>
          <p>
            Email a PSU Coordinator at <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
          </p>
        </div>
      </div>
    </PageShell>
  )
}

import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { BackLink } from '@/components/forms/BackLink'
import { PageShell } from '@/components/PageShell'
import { getNavigationServices } from '@/content/services'
import { getSiteSettings } from '@/content/settings'
import { getSupportLines } from '@/content/supportLines'
import { evaluateEligibility } from '@/eligibility'
import { eligibilityPageContext } from '@/journey/context'
import { pageHref, stepHref } from '@/journey/paths'
import { previousPage, resumeStep } from '@/journey/progress'
import { EligibilityResult } from '@/journey/views/EligibilityResult'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { rules, state } = await eligibilityPageContext()
  const { eligible } = evaluateEligibility(rules, state.answers)
  return { title: eligible ? 'You can use the PSU' : 'You cannot use the PSU' }
}

/** The eligibility checker's result, once every question on the route is answered. */
export default async function EligibilityResultPage() {
  const { journey, rules, state } = await eligibilityPageContext()
  const resume = resumeStep(journey.definition, state)
  if (resume.kind !== 'end') redirect(stepHref(journey, resume))
  const [services, settings, lines] = await Promise.all([getNavigationServices(), getSiteSettings(), getSupportLines()])
  const last = previousPage(journey.definition, state)
  return (
    <PageShell>
      <BackLink href={last ? pageHref(journey, last) : journey.basePath} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <EligibilityResult
            journey={journey}
            state={state}
            outcome={evaluateEligibility(rules, state.answers)}
            rules={rules}
            services={services.filter((service) => service.group === 'tab')}
            settings={settings}
            lines={lines}
          />
        </div>
      </div>
    </PageShell>
  )
}

import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { firstPage } from '@/forms'
import { eligibilityPageContext } from '@/journey/context'
import { pageHref } from '@/journey/paths'
import { paths } from '@/site/paths'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Check if you can use the PSU',
  description: 'Answer a few questions to find out if the Professional Support Unit can support you.',
}

/** Start page of the eligibility checker. */
export default async function EligibilityStartPage() {
  const { journey } = await eligibilityPageContext()
  const first = firstPage(journey.definition, {})
  const startHref = first.kind === 'page' ? pageHref(journey, first.pageId) : journey.endPath
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Check if you can use the PSU</h1>
          <p>
            Answer a few questions about where you work and your training to find out if the Professional Support Unit can
            support you. It takes about a minute.
          </p>
          <p>
            You can also read <a href={paths.whoCanAccess()}>who can access the PSU</a>.
          </p>
          <a href={startHref} className="nhsuk-button" role="button" draggable="false" data-module="nhsuk-button">
            Start now
          </a>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Crisis lines are open to all NHS staff, whatever your answers. <a href={paths.urgentHelp()}>Get urgent help</a>. In
              an emergency call <a href="tel:999">999</a>.
            </p>
          </div>
        </div>
      </div>
    </PageShell>
  )
}

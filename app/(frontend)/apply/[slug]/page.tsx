import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { firstPage } from '@/forms'
import { carryCheckerAnswers } from '@/journey/actions'
import { eligibilityCarryOver } from '@/journey/carryOver'
import { readEligibilityToken } from '@/journey/cookie'
import { applyPageContext } from '@/journey/context'
import { ELIGIBILITY_BASE_PATH, pageHref } from '@/journey/paths'
import { CarryOverOffer } from '@/journey/views/CarryOverOffer'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ slug: string }> }

// The form may be republished at any moment and the start link depends on it: never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { form } = await applyPageContext((await params).slug)
  return { title: form.definition.title, description: form.messages.intro.split('\n')[0] }
}

/** The start page of an application form (NHS service manual start page pattern). */
export default async function ApplyStartPage({ params }: Props) {
  const { payload, journey, form } = await applyPageContext((await params).slug)
  const first = firstPage(journey.definition, {})
  const startHref = first.kind === 'page' || first.kind === 'exit' ? pageHref(journey, first.pageId) : journey.endPath
  const intro = form.messages.intro.split(/\n\s*\n/).filter((paragraph) => paragraph.trim())
  const carried = await eligibilityCarryOver(payload, journey, await readEligibilityToken())
  const offer = carried.told.length > 0
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{form.definition.title}</h1>
          {intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <h2>Before you start</h2>
          <p>
            Not sure if you can use the PSU? <a href={ELIGIBILITY_BASE_PATH}>Check if you can get support</a>.
          </p>
          <p>We will keep your answers while you fill in the form, for up to 2 hours after your last answer.</p>
          {offer && <CarryOverOffer told={carried.told} action={carryCheckerAnswers.bind(null, journey.slug)} permalink={journey.basePath} />}
          <a
            href={startHref}
            className={offer ? 'nhsuk-button nhsuk-button--secondary' : 'nhsuk-button'}
            role="button"
            draggable="false"
            data-module="nhsuk-button"
          >
            {offer ? 'Start without these answers' : 'Start now'}
          </a>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              If you need help now, do not wait for the PSU to reply. <a href={paths.urgentHelp()}>Get urgent help</a>: free and
              confidential crisis lines are open to all NHS staff. In an emergency call <a href="tel:999">999</a>.
            </p>
          </div>
        </div>
      </div>
    </PageShell>
  )
}

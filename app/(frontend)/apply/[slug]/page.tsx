import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { firstPage } from '@/forms'
import { applyPageContext } from '@/journey/context'
import { pageHref } from '@/journey/paths'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ slug: string }> }

// The form may be republished at any moment and the start link depends on it: never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { form } = await applyPageContext((await params).slug)
  return { title: form.definition.title, description: form.messages.intro.split('\n')[0] }
}

/** The start page of an application form (NHS/GOV.UK start page pattern). */
export default async function ApplyStartPage({ params }: Props) {
  const { journey, form } = await applyPageContext((await params).slug)
  const first = firstPage(journey.definition, {})
  const startHref = first.kind === 'page' || first.kind === 'exit' ? pageHref(journey, first.pageId) : journey.endPath
  const intro = form.messages.intro.split(/\n\s*\n/).filter((paragraph) => paragraph.trim())
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{form.definition.title}</h1>
          {intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p>We will keep your answers while you fill in the form, for up to 2 hours after your last answer.</p>
          <a href={startHref} className="nhsuk-button" role="button" draggable="false" data-module="nhsuk-button">
            Start now
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

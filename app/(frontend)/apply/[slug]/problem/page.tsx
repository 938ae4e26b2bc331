import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { applyPageContext } from '@/journey/context'
import { UrgentHelpNow } from '@/components/UrgentHelpNow'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Sorry, there is a problem with the service' }

/** Shown when sending failed on our side; the answers are still saved, so the trainee can send again. */
export default async function ProblemPage({ params }: Props) {
  const { journey } = await applyPageContext((await params).slug)
  return (
    <PageShell>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Sorry, there is a problem with the service</h1>
          <p>We could not send your application. Your answers have been saved.</p>
          <p>
            Try again later: <a href={journey.endPath}>go back to check your answers</a> and send them again.
          </p>
          <UrgentHelpNow />
        </div>
      </div>
    </PageShell>
  )
}

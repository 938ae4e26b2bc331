import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { applyPageContext } from '@/journey/context'
import { UrgentHelpNow } from '@/components/UrgentHelpNow'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Try again in a few minutes' }

/** Shown when the submission rate limit refused a send; the answers are still saved. */
export default async function TryAgainPage({ params }: Props) {
  const { journey } = await applyPageContext((await params).slug)
  return (
    <PageShell>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Try again in a few minutes</h1>
          <p>Sorry, we could not send your application just now because a lot of applications were sent from your connection.</p>
          <p>Your answers have been saved. Wait a few minutes, then go back to your answers and send them again.</p>
          <p>
            <a href={journey.endPath}>Go back to check your answers</a>
          </p>
          <UrgentHelpNow />
        </div>
      </div>
    </PageShell>
  )
}

import type { Metadata } from 'next'

import { ServiceProblem } from '@/components/ServiceProblem'
import { applyPageContext } from '@/journey/context'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Try again in a few minutes' }

/**
 * Shown when a rate limit refused: a send (the answers are still saved), or starting an
 * application when too many were started from the connection (there is no session).
 */
export default async function TryAgainPage({ params }: Props) {
  const { journey, record } = await applyPageContext((await params).slug)
  if (!record) {
    return (
      <ServiceProblem title="Try again in a few minutes">
        <p>Sorry, we could not save your answer just now because a lot of applications were started from your connection.</p>
        <p>Wait a few minutes, then start again.</p>
        <p>
          <a href={journey.basePath}>Start your application again</a>
        </p>
      </ServiceProblem>
    )
  }
  return (
    <ServiceProblem title="Try again in a few minutes">
      <p>Sorry, we could not send your application just now because a lot of applications were sent from your connection.</p>
      <p>Your answers have been saved. Wait a few minutes, then go back to your answers and send them again.</p>
      <p>
        <a href={journey.endPath}>Go back to check your answers</a>
      </p>
    </ServiceProblem>
  )
}

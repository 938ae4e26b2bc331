import type { Metadata } from 'next'

import { ServiceProblem } from '@/components/ServiceProblem'
import { applyPageContext } from '@/journey/context'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Sorry, there is a problem with the service' }

/** Shown when sending failed on our side; the answers are still saved, so the trainee can send again. */
export default async function ProblemPage({ params }: Props) {
  const { journey } = await applyPageContext((await params).slug)
  return (
    <ServiceProblem title="Sorry, there is a problem with the service">
      <p>We could not send your application. Your answers have been saved.</p>
      <p>
        Try again later: <a href={journey.endPath}>go back to check your answers</a> and send them again.
      </p>
    </ServiceProblem>
  )
}

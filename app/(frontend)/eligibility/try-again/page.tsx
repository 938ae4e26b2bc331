import type { Metadata } from 'next'

import { ServiceProblem } from '@/components/ServiceProblem'
import { ELIGIBILITY_BASE_PATH } from '@/journey/paths'

export const metadata: Metadata = { title: 'Try again in a few minutes' }

/** Shown when too many eligibility checks were started from one connection; nothing was saved. */
export default function EligibilityTryAgainPage() {
  return (
    <ServiceProblem title="Try again in a few minutes">
      <p>Sorry, we could not save your answer just now because a lot of checks were started from your connection.</p>
      <p>Wait a few minutes, then start again.</p>
      <p>
        <a href={ELIGIBILITY_BASE_PATH}>Start the check again</a>
      </p>
    </ServiceProblem>
  )
}

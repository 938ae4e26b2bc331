'use client'

import { ServiceProblem } from '@/components/ServiceProblem'

/**
 * When something fails while checking eligibility (the database is down, say), the trainee still gets an
 * NHS "problem with the service" page with urgent help, never a blank screen. Next requires
 * this file name and a client component; it uses no client-side behaviour.
 */
export default function EligibilityError() {
  return (
    <ServiceProblem title="Sorry, there is a problem with the service">
      <p>Try again later.</p>
    </ServiceProblem>
  )
}

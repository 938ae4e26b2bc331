'use client'

import { PageShell } from '@/components/PageShell'
import { UrgentHelpNow } from '@/components/UrgentHelpNow'

/**
 * When something fails while applying (the database is down, say), the trainee still gets an
 * NHS "problem with the service" page with urgent help, never a blank screen. Next requires
 * this file name and a client component; it uses no client-side behaviour.
 */
export default function ApplyError() {
  return (
    <PageShell>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again later. Your answers are kept for 2 hours after you last saved a page.</p>
          <UrgentHelpNow />
        </div>
      </div>
    </PageShell>
  )
}

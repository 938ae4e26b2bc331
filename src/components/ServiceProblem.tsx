import type { ReactNode } from 'react'

import { paths } from '@/site/paths'
import { PageShell } from './PageShell'

/**
 * A page where something went wrong (the service failed, or a send was refused for now): the
 * heading, what the trainee can do, and always the way to urgent help, so a trainee in crisis
 * is never left at a dead end.
 */
export function ServiceProblem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <PageShell>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{title}</h1>
          {children}
          <p>
            If you need help now, do not wait: <a href={paths.urgentHelp()}>get urgent help</a>. In an emergency call{' '}
            <a href="tel:999">999</a>.
          </p>
        </div>
      </div>
    </PageShell>
  )
}

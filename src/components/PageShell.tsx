import type { ReactNode } from 'react'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'

type PageShellProps = {
  /** The trail above the page, ending with the parent (NHS breadcrumbs omit the current page). */
  breadcrumbs?: Crumb[]
  /** Shown above the breadcrumbs, e.g. the draft-preview banner. */
  notice?: ReactNode
  children: ReactNode
}

/** The NHS page template's body: width container, breadcrumbs, then the main landmark. */
export function PageShell({ breadcrumbs, notice, children }: PageShellProps) {
  return (
    <div className="nhsuk-width-container">
      {notice}
      {breadcrumbs && breadcrumbs.length > 0 && <Breadcrumbs items={breadcrumbs} />}
      <main className="nhsuk-main-wrapper" id="maincontent">
        {children}
      </main>
    </div>
  )
}

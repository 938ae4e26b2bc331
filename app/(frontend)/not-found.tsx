import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { notFoundPage } from '@/site/fixedPages'
import { paths } from '@/site/paths'

export const metadata: Metadata = { title: notFoundPage.title }

/** The NHS "page not found" pattern, with the way to urgent help kept in view. */
export default function NotFound() {
  return (
    <PageShell>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{notFoundPage.title}</h1>
          <p>If you entered a web address, check it was correct.</p>
          <p>If you pasted the web address, check you copied the entire address.</p>
          <p>
            You can <a href={paths.home()}>browse from the homepage</a> or <a href={paths.search()}>search this site</a> to find
            the information you need.
          </p>
          <p>
            If you need help now, go to <a href={paths.urgentHelp()}>urgent help</a>.
          </p>
        </div>
      </div>
    </PageShell>
  )
}

import { BackLink } from '@/components/forms/BackLink'
import { PageShell } from '@/components/PageShell'
import type { Page } from '@/forms/types'
import { paths } from '@/site/paths'

type ExitStepProps = { page: Page; backHref: string; contactEmail: string }

/**
 * "You cannot use this service": the editor's reason and signposting, then the ways to get
 * help that every exit page must offer whatever the editor wrote.
 */
export function ExitStep({ page, backHref, contactEmail }: ExitStepProps) {
  return (
    <PageShell>
      <BackLink href={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{page.title}</h1>
          {/* Staff-written rich text, converted to HTML when the form was published. */}
          {page.exitContent && <div dangerouslySetInnerHTML={{ __html: page.exitContent }} />}
          <h2>Get help</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            <li>
              <a href={paths.urgentHelp()}>Get urgent help now</a> – crisis lines, NHS 111 and 999
            </li>
            <li>
              Email a PSU Coordinator at <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
            </li>
          </ul>
        </div>
      </div>
    </PageShell>
  )
}

import { BackLink } from '@/components/forms/BackLink'
import { PageShell } from '@/components/PageShell'
import { SupportLineSentence } from '@/components/SupportLineSentence'
import type { SupportLine } from '@/payload-types'
import { paths } from '@/site/paths'

type InterruptionProps = {
  lines: SupportLine[]
  backHref: string
  action: () => Promise<void>
}

/**
 * The NHS interruption page shown straight after a risk answer: a full page, before any other
 * question, with ways to get help now. The application carries on only when the trainee chooses.
 */
export function Interruption({ lines, backHref, action }: InterruptionProps) {
  return (
    <PageShell>
      <BackLink href={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <div className="nhsuk-panel nhsuk-panel--interruption">
            <h1 className="nhsuk-panel__heading">You can get help now</h1>
            <div className="nhsuk-panel__body">
              <p>Thank you for telling us. You do not have to wait for the PSU to get support.</p>
              <h2 className="nhsuk-heading-m">If you or someone else is in immediate danger</h2>
              <p>
                Call <a href="tel:999">999</a> or go to A&amp;E now.
              </p>
              <h2 className="nhsuk-heading-m">Free and confidential support</h2>
              <p>These crisis lines are open to all NHS staff:</p>
              <ul>
                {lines.map((line) => (
                  <li key={line.id}>
                    <SupportLineSentence line={line} />
                  </li>
                ))}
              </ul>
              <h2 className="nhsuk-heading-m">If you need help urgently but it is not an emergency</h2>
              <p>
                Call <a href="tel:111">111</a> and select the mental health option, or go to{' '}
                <a href="https://111.nhs.uk">NHS 111 online</a>. You can also see <a href={paths.urgentHelp()}>urgent help</a>.
              </p>
              <p>When you send your application we will treat it as urgent.</p>
              <form action={action}>
                <button className="nhsuk-button nhsuk-button--reverse" data-module="nhsuk-button" type="submit">
                  Continue with your application
                </button>
              </form>
            </div>
          </div>
        </div>
      </div>
    </PageShell>
  )
}

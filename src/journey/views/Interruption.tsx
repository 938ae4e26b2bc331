import { CareCard } from '@/components/CareCard'
import { ActionForm, type FormAction } from '@/components/forms/ActionForm.client'
import { BackLink } from '@/components/forms/BackLink'
import { PageShell } from '@/components/PageShell'
import { SupportLineSentence } from '@/components/SupportLineSentence'
import { withinWorkingDays } from '@/email/firstContact'
import type { SupportLine } from '@/payload-types'
import { paths } from '@/site/paths'

type InterruptionProps = {
  lines: SupportLine[]
  /** The form's setting: how soon the PSU contacts an urgent referral. */
  urgentContactWorkingDays: number
  backHref: string
  action: FormAction
  /** This page's own address, where the form posts without scripts. */
  permalink: string
}

/**
 * The NHS interruption page shown straight after a risk answer: a full page, before any other
 * question, with ways to get help now in the NHS emergency and urgent care cards, every number
 * a link a phone can call or text. The application carries on only when the trainee chooses.
 */
export function Interruption({ lines, urgentContactWorkingDays, backHref, action, permalink }: InterruptionProps) {
  return (
    <PageShell>
      <BackLink href={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>You can get help now</h1>
          <p>Thank you for telling us. You do not have to wait for the PSU to get support.</p>
          <CareCard variant="emergency" heading="If you or someone else is in immediate danger">
            <p>
              Call <a href="tel:999">999</a> or go to A&amp;E now.
            </p>
          </CareCard>
          <CareCard variant="urgent" heading="Talk to someone now: free and confidential">
            <p>These crisis lines are open to all NHS staff:</p>
            <ul>
              {lines.map((line) => (
                <li key={line.id}>
                  <SupportLineSentence line={line} />
                </li>
              ))}
            </ul>
          </CareCard>
          <CareCard variant="urgent" heading="If you need help urgently but it is not an emergency">
            <p>
              Call <a href="tel:111">111</a> and select the mental health option, or go to <a href="https://111.nhs.uk">NHS 111 online</a>.
              You can also see <a href={paths.urgentHelp()}>urgent help</a>.
            </p>
          </CareCard>
          <p>
            When you send your application we will look at it urgently and a PSU Coordinator will contact you{' '}
            {withinWorkingDays(urgentContactWorkingDays)}.
          </p>
          <ActionForm action={action} permalink={permalink}>
            <button className="nhsuk-button" data-module="nhsuk-button" type="submit">
              Continue with your application
            </button>
          </ActionForm>
        </div>
      </div>
    </PageShell>
  )
}

import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { UrgentHelpCard } from '@/components/UrgentHelpCard'
import { getSiteSettings } from '@/content/settings'
import { getSupportLines } from '@/content/supportLines'
import { whatHappensNext } from '@/journey/confirmationText'
import { applyPageContext } from '@/journey/context'
import { paths } from '@/site/paths'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { form } = await applyPageContext((await params).slug)
  return { title: `Application sent – ${form.definition.title}` }
}

/** The NHS confirmation page: reference number, what happens next, and urgent help. */
export default async function ConfirmationPage({ params }: Props) {
  const { journey, form, record } = await applyPageContext((await params).slug)
  const reference = record?.state.reference
  if (!reference) redirect(journey.basePath)
  const [settings, lines] = await Promise.all([getSiteSettings(), getSupportLines()])
  const { urgent, ...sent } = record.state.sent ?? {}
  const values = { reference, formTitle: form.definition.title, ...sent }
  const urgency = { urgent: urgent === true, urgentContactWorkingDays: form.messages.urgentContactWorkingDays }
  return (
    <PageShell>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <div className="nhsuk-panel">
            <h1 className="nhsuk-panel__heading">Application sent</h1>
            <div className="nhsuk-panel__body">
              Your reference number
              <br />
              <strong>{reference}</strong>
            </div>
          </div>
          <h2>What happens next</h2>
          {whatHappensNext(form.messages.confirmation, values, urgency).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p>
            <a href={paths.referralStatus(reference)}>Check where your referral is</a> at any time with your reference and
            email address.
          </p>
          <p>
            If you have a question about your application, email{' '}
            <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a> and quote your reference.
          </p>
          <UrgentHelpCard urgentHelp={settings.urgentHelp} lines={lines} />
        </div>
      </div>
    </PageShell>
  )
}

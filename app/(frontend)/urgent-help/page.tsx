import type { Metadata } from 'next'

import { CareCard } from '@/components/CareCard'
import { PageShell } from '@/components/PageShell'
import { SupportLineCard } from '@/components/SupportLineCard'
import { getSiteSettings } from '@/content/settings'
import { getSupportLines } from '@/content/supportLines'
import { urgentHelpPage } from '@/site/fixedPages'
import { paths } from '@/site/paths'

export const metadata: Metadata = { title: urgentHelpPage.title, description: urgentHelpPage.description }

/** Urgent help, most urgent first: 999, the crisis lines, then NHS 111. */
export default async function UrgentHelpPage() {
  const [settings, lines] = await Promise.all([getSiteSettings(), getSupportLines()])
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{urgentHelpPage.title}</h1>
          <CareCard variant="emergency" heading="If you or someone else is in immediate danger call 999">
            <p>
              Call <a href="tel:999">999</a> or go to A&amp;E now if:
            </p>
            <ul>
              <li>someone&apos;s life is at risk – for example, they have seriously injured themselves or taken an overdose</li>
              <li>you do not feel you can keep yourself or someone else safe</li>
            </ul>
          </CareCard>

          <h2>{settings.urgentHelp.heading}</h2>
          {settings.urgentHelp.text && <p>{settings.urgentHelp.text}:</p>}
          {lines.map((line) => (
            <SupportLineCard line={line} key={line.id} />
          ))}

          <CareCard variant="urgent" heading="Call NHS 111 if you need help urgently but it's not an emergency">
            <p>
              Call <a href="tel:111">111</a> and select the mental health option to speak to a mental health professional. You can
              also get help from <a href="https://111.nhs.uk">NHS 111 online</a>.
            </p>
            <p>NHS 111 is free to call and open 24 hours a day, 7 days a week.</p>
          </CareCard>

          <h2>If it is not urgent</h2>
          <p>
            The PSU offers free, confidential support to trainees. Email a PSU Coordinator at{' '}
            <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a> or{' '}
            <a href={paths.home()}>find out about PSU services</a>.
          </p>
        </div>
      </div>
    </PageShell>
  )
}

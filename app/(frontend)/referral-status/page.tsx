import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { StatusForm } from '@/components/referralStatus/StatusForm.client'
import { getSiteSettings } from '@/content/settings'
import { paths } from '@/site/paths'

type Props = { searchParams: Promise<{ reference?: string | string[] }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Check where your referral is',
  description: 'See where your referral to the Professional Support Unit stands, with your reference and email address.',
  robots: { index: false },
}

/**
 * The trainee's status page: their reference (filled in from a link) and email address, then
 * the stage in plain words. The form posts; the email address never appears in a URL.
 */
export default async function ReferralStatusPage({ searchParams }: Props) {
  const given = (await searchParams).reference
  const reference = (typeof given === 'string' ? given : '').trim().slice(0, 20)
  const settings = await getSiteSettings()
  return (
    <PageShell breadcrumbs={[{ label: 'Home', href: paths.home() }]}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <StatusForm reference={reference} contactEmail={settings.contactEmail} />
        </div>
      </div>
    </PageShell>
  )
}

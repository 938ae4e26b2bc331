import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { getSupportLines } from '@/content/supportLines'
import { continueAfterUrgentHelp } from '@/journey/actions'
import { applyPageContext } from '@/journey/context'
import { interruptionHref, pageHref, stepHref } from '@/journey/paths'
import { resumeStep } from '@/journey/progress'
import { Interruption } from '@/journey/views/Interruption'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ change?: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { form } = await applyPageContext((await params).slug)
  return { title: `You can get help now – ${form.definition.title}` }
}

/** Urgent help after a risk answer; only shown while a risk answer awaits it. */
export default async function UrgentHelpInterruptionPage({ params, searchParams }: Props) {
  const { journey, state, form } = await applyPageContext((await params).slug)
  const change = (await searchParams).change === '1'
  const pending = resumeStep(journey.definition, state)
  if (pending.kind !== 'interruption') redirect(stepHref(journey, pending, change))
  const lines = await getSupportLines()
  const action = continueAfterUrgentHelp.bind(null, journey.slug, change)
  return (
    <Interruption
      lines={lines}
      urgentContactWorkingDays={form.messages.urgentContactWorkingDays}
      backHref={pageHref(journey, pending.after, change)}
      action={action}
      permalink={interruptionHref(journey, change)}
    />
  )
}

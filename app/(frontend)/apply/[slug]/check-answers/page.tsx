import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { evaluateEligibility } from '@/eligibility'
import { submitApplication } from '@/journey/actions'
import { applyPageContext } from '@/journey/context'
import { pageHref, stepHref } from '@/journey/paths'
import { previousPage, resumeStep } from '@/journey/progress'
import { CheckAnswers } from '@/journey/views/CheckAnswers'
import { loadEligibilityRules } from '@/submissions/eligibilityRules'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { form } = await applyPageContext((await params).slug)
  return { title: `Check your answers – ${form.definition.title}` }
}

/** Check your answers: reached only once every page on the route is done. */
export default async function CheckAnswersPage({ params }: Props) {
  const { payload, journey, form, state } = await applyPageContext((await params).slug)
  const resume = resumeStep(journey.definition, state)
  if (resume.kind !== 'end') redirect(stepHref(journey, resume))
  // The gate warns rather than blocks: an ineligible referral is still stored and answered.
  const outcome = form.definition.eligibilityGate ? evaluateEligibility(await loadEligibilityRules(payload), state.answers) : undefined
  const last = previousPage(journey.definition, state)
  return (
    <CheckAnswers
      journey={journey}
      form={form.definition}
      state={state}
      backHref={last ? pageHref(journey, last) : journey.basePath}
      ineligibleReason={outcome && !outcome.eligible ? outcome.reason : undefined}
      action={submitApplication.bind(null, journey.slug)}
    />
  )
}

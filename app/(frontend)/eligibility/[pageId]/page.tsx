import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { saveEligibilityPage } from '@/journey/actions'
import { eligibilityPageContext } from '@/journey/context'
import { pageHeading, questionView } from '@/journey/pageView'
import { pageIdFromParam, stepHref } from '@/journey/paths'
import { guardStep } from '@/journey/progress'
import { QuestionStep } from '@/journey/views/QuestionStep'

type Props = { params: Promise<{ pageId: string }>; searchParams: Promise<{ change?: string }> }

export const dynamic = 'force-dynamic'

async function load({ params, searchParams }: Props) {
  const context = await eligibilityPageContext()
  const pageId = pageIdFromParam((await params).pageId)
  const page = context.journey.definition.pages.find((candidate) => candidate.id === pageId && candidate.kind === 'questions')
  if (!page) notFound()
  return { ...context, page, change: (await searchParams).change === '1' }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { journey, state, page, change } = await load(props)
  const view = questionView(journey, state, page, change)
  return { title: `${view.errors.length > 0 ? 'Error: ' : ''}${pageHeading(page, view)} – ${journey.definition.title}` }
}

/** One question of the eligibility checker. */
export default async function EligibilityQuestionPage(props: Props) {
  const { journey, state, page, change } = await load(props)
  const blocked = guardStep(journey.definition, state, { kind: 'page', pageId: page.id })
  if (blocked) redirect(stepHref(journey, blocked, change))
  const action = saveEligibilityPage.bind(null, page.id, change)
  return <QuestionStep journey={journey} state={state} page={page} change={change} caption={journey.definition.title} action={action} />
}

import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { getSiteSettings } from '@/content/settings'
import { saveApplyPage } from '@/journey/actions'
import { applyPageContext } from '@/journey/context'
import { pageHeading, questionView } from '@/journey/pageView'
import { pageHref, pageIdFromParam, stepHref } from '@/journey/paths'
import { guardStep, previousPage } from '@/journey/progress'
import { ExitStep } from '@/journey/views/ExitStep'
import { QuestionStep } from '@/journey/views/QuestionStep'

type Props = { params: Promise<{ slug: string; pageId: string }>; searchParams: Promise<{ change?: string }> }

export const dynamic = 'force-dynamic'

async function load({ params, searchParams }: Props) {
  const { slug, pageId } = await params
  const context = await applyPageContext(slug)
  const page = context.journey.definition.pages.find((candidate) => candidate.id === pageIdFromParam(pageId))
  if (!page) notFound()
  return { ...context, page, change: (await searchParams).change === '1' }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { journey, state, page, form, change } = await load(props)
  const view = page.kind === 'questions' ? questionView(journey, state, page, change) : undefined
  const error = view && view.errors.length > 0 ? 'Error: ' : ''
  return { title: `${error}${pageHeading(page, view)} – ${form.definition.title}` }
}

/** A question page or an exit page of an application form. */
export default async function ApplyStepPage(props: Props) {
  const { journey, state, page, change, form } = await load(props)
  // Pages are reached in order: an address typed ahead, or a page off the route, is redirected.
  const target = page.kind === 'exit' ? { kind: 'exit' as const, pageId: page.id } : { kind: 'page' as const, pageId: page.id }
  const blocked = guardStep(journey.definition, state, target)
  if (blocked) redirect(stepHref(journey, blocked, change))
  if (page.kind === 'exit') {
    const settings = await getSiteSettings()
    const previous = previousPage(journey.definition, state, page.id)
    const backHref = previous ? pageHref(journey, previous) : journey.basePath
    return <ExitStep page={page} backHref={backHref} contactEmail={settings.contactEmail} />
  }
  const action = saveApplyPage.bind(null, journey.slug, page.id, change)
  return <QuestionStep journey={journey} state={state} page={page} change={change} caption={form.definition.title} action={action} />
}

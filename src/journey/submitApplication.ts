import type { Payload } from 'payload'

import { isRiskTriggered, pruneAnswers, routeService } from '@/forms'
import type { Answers, FieldError, Page } from '@/forms/types'
import { ownValue } from '@/forms/values'

import { APPLY_STEPS, pageHref, stepHref } from './paths'
import { answersOnPage, resumeStep } from './progress'
import { currentSession, freshState, persist, type JourneyContext, type Outcome } from './service'
import type { SentDetails } from './types'

/** What the submission service answers (see src/submissions/submit.ts). */
export type SubmitResult =
  | { status: 201; reference: string }
  | { status: 422; errors: FieldError[] }
  | { status: 404 }
  | { status: 429; retryAfterSeconds?: number }

/** The submission service as the journey calls it. */
export type Submitter = (
  payload: Payload,
  input: { slug: string; body: { answers: Record<string, unknown>; website?: string }; idempotencyKey?: string; ip?: string; now?: Date },
) => Promise<SubmitResult>

/**
 * After a 422 (say the form was republished meanwhile), the first page on the route with an
 * error shows it; errors that name no question show on the first page.
 */
function pageForErrors(ctx: JourneyContext, errors: FieldError[]): Page | undefined {
  const def = ctx.journey.definition
  const keyOf = (field: string) => field.split('.')[0]
  const withError = def.pages.find((page) => page.questions.some((q) => errors.some((error) => keyOf(error.field) === q.key)))
  return withError ?? def.pages.find((page) => page.kind === 'questions')
}

/** The trainee's first name, the service their answers route to and their urgency, for the confirmation text. */
async function sentDetails(ctx: JourneyContext, answers: Answers): Promise<SentDetails> {
  const slug = routeService(ctx.journey.definition, answers)
  const { docs } = slug
    ? await ctx.payload.find({ collection: 'services', where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: false })
    : { docs: [] }
  const firstName = ownValue(answers, 'firstName')
  return {
    ...(typeof firstName === 'string' ? { firstName } : {}),
    ...(docs[0] ? { serviceName: docs[0].title } : {}),
    ...(isRiskTriggered(ctx.journey.definition, answers) ? { urgent: true } : {}),
  }
}

/**
 * "Submit" on check your answers. Sends the answers once: the session's idempotency key makes
 * a second press return the same reference. On success the answers are cleared and only the
 * reference is kept, for the confirmation page.
 */
export async function sendApplication(ctx: JourneyContext, submit: Submitter, input: { website: string; ip: string }): Promise<Outcome> {
  const { journey } = ctx
  const record = await currentSession(ctx)
  if (!record) return { redirect: journey.basePath }
  const state = record.state
  const confirmation = `${journey.basePath}/${APPLY_STEPS.confirmation}`
  if (state.reference) return { redirect: confirmation }
  const resume = resumeStep(journey.definition, state)
  if (resume.kind !== 'end') return { redirect: stepHref(journey, resume) }
  const idempotencyKey = state.idempotencyKey ?? freshState().idempotencyKey
  const answers = pruneAnswers(journey.definition, state.answers)
  const request = { slug: journey.slug, body: { answers, website: input.website }, idempotencyKey, ip: input.ip, now: ctx.now }
  const result = await submit(ctx.payload, request).catch((error: unknown) => {
    // A server error after a no-script post would be a bare "Internal Server Error"; the trainee
    // gets a page with urgent help instead, keeps their answers, and can send again.
    ctx.payload.logger.error({ err: error, form: journey.slug }, 'Sending an application failed')
    return { status: 500 } as const
  })
  if (result.status === 500) return { redirect: `${journey.basePath}/${APPLY_STEPS.problem}` }
  if (result.status === 201) {
    const sent = await sentDetails(ctx, answers)
    return persist(ctx, record, { ...freshState(), reference: result.reference, sent }, confirmation)
  }
  if (result.status === 429) return persist(ctx, record, { ...state, idempotencyKey }, `${journey.basePath}/${APPLY_STEPS.tryAgain}`)
  if (result.status === 404) return { redirect: journey.basePath }
  const page = pageForErrors(ctx, result.errors)
  if (!page) return { redirect: journey.basePath }
  const flash = { pageId: page.id, errors: result.errors, values: answersOnPage(page, state.answers) }
  return persist(ctx, record, { ...state, idempotencyKey, flash }, pageHref(journey, page.id, true))
}

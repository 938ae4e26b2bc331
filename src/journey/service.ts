import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { readPageValues } from '@/components/forms/formValues'
import { validatePage } from '@/forms'
import { limitFormSession } from '@/rateLimit'

import { pageHref, stepHref } from './paths'
import { afterInterruption, afterPageSaved, answersBesidePage, guardStep } from './progress'
import { createSession, loadSession, saveSession, type SessionRecord } from './session'
import { emptyState, type Journey, type JourneyState } from './types'

/**
 * Who is acting: the journey, the payload instance, the browser's token (if any), the time and
 * the client's address (`clientAddress`), which the server actions always give: new sessions
 * are counted against it.
 */
export type JourneyContext = { payload: Payload; journey: Journey; token: string | undefined; now: Date; client?: string }

/** Where to send the browser, and a new session token to set as the cookie when one was created. */
export type Outcome = { redirect: string; token?: string }

type FormFields = Parameters<typeof readPageValues>[1]

/** A fresh application, with its own idempotency key so a double submit is recognised. */
export const freshState = (): JourneyState => ({ ...emptyState(), idempotencyKey: randomUUID() })

/** The trainee's session, or a fresh one once an application has been sent. */
export async function currentSession(ctx: JourneyContext): Promise<SessionRecord | null> {
  return loadSession(ctx.payload, ctx.journey.slug, ctx.token, ctx.now)
}

/** Where a client that started too many sessions is sent: nothing is saved. */
export const tooManySessionsHref = (journey: Journey): string => `${journey.basePath}/try-again`

/**
 * Saves progress, starting a session (and so a cookie) if the trainee had none. Starting one
 * is rate-limited per client, so a client that never keeps the cookie cannot grow the
 * sessions table without bound.
 */
export async function persist(ctx: JourneyContext, record: SessionRecord | null, state: JourneyState, redirect: string): Promise<Outcome> {
  const { payload, journey, now } = ctx
  if (record) {
    await saveSession(payload, { id: record.id, version: journey.version }, state, now)
    return { redirect }
  }
  if (ctx.client !== undefined && !(await limitFormSession(payload, ctx.client)).allowed) return { redirect: tooManySessionsHref(journey) }
  const { token } = await createSession(payload, journey.slug, journey.version, state, now)
  return { redirect, token }
}

// Typed values are kept only to be shown back; anything longer than the engine accepts is cut.
function keepable(values: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(values, (_key, value: unknown) => (typeof value === 'string' ? value.slice(0, 10_001) : value)))
}

/**
 * Handles a question page's post: validates it against the answers so far; on errors keeps
 * them with what was typed and sends the trainee back to the page (post/redirect/get); on
 * success saves the answers and sends them on (next page, interruption, exit or the end).
 */
export async function savePage(ctx: JourneyContext, pageId: string, change: boolean, data: FormFields): Promise<Outcome> {
  const { journey } = ctx
  const def = journey.definition
  const page = def.pages.find((candidate) => candidate.id === pageId && candidate.kind === 'questions')
  if (!page) return { redirect: journey.basePath }
  const record = await currentSession(ctx)
  // A sent application's session starts afresh: the next post begins a new application.
  const state = record && !record.state.reference ? record.state : freshState()
  const blocked = guardStep(def, state, { kind: 'page', pageId })
  if (blocked) return { redirect: stepHref(journey, blocked, change) }
  const values = readPageValues(page, data)
  const result = validatePage(def, pageId, values, answersBesidePage(page, state.answers), { now: ctx.now })
  if (!result.ok) {
    const flash = { pageId, errors: result.errors, values: keepable(values) }
    return persist(ctx, record, { ...state, flash }, pageHref(journey, pageId, change))
  }
  const next = afterPageSaved(def, state, page, result.answers, change)
  return persist(ctx, record, next.state, stepHref(journey, next.step, change))
}

/** "Continue with your application" on the urgent-help interruption. */
export async function acknowledgeRisk(ctx: JourneyContext, change: boolean): Promise<Outcome> {
  const record = await currentSession(ctx)
  if (!record) return { redirect: ctx.journey.basePath }
  const next = afterInterruption(ctx.journey.definition, record.state, change)
  return persist(ctx, record, next.state, stepHref(ctx.journey, next.step, change))
}

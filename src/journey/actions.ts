'use server'

import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { payloadClient } from '@/content/client'
import { clientAddress } from '@/rateLimit'
import { submitReferral } from '@/submissions/submit'

import { carryOverEligibilityAnswers } from './carryOver'
import { readEligibilityToken, readSessionToken, writeSessionToken } from './cookie'
import { loadApplyJourney, loadEligibilityJourney } from './load'
import { acknowledgeRisk, savePage, type JourneyContext, type Outcome } from './service'
import { sendApplication } from './submitApplication'
import type { Journey } from './types'

// Server actions are public endpoints: every argument, bound ones included, is untrusted and
// checked by the service (unknown pages, steps out of order, answers by the engine).

async function contextFor(journey: Journey): Promise<JourneyContext> {
  const client = clientAddress(await headers())
  return { payload: await payloadClient(), journey, token: await readSessionToken(), now: new Date(), client }
}

async function applyJourney(slug: unknown): Promise<Journey> {
  const loaded = typeof slug === 'string' ? await loadApplyJourney(await payloadClient(), slug) : null
  if (!loaded) notFound()
  return loaded.journey
}

async function finish(journey: Journey, outcome: Outcome): Promise<never> {
  if (outcome.token) await writeSessionToken(journey, outcome.token)
  redirect(outcome.redirect)
}

const asFlag = (value: unknown): boolean => value === true

/** A question page of an application form was posted. */
export async function saveApplyPage(slug: string, pageId: string, change: boolean, _previous: void, formData: FormData): Promise<void> {
  const journey = await applyJourney(slug)
  await finish(journey, await savePage(await contextFor(journey), String(pageId), asFlag(change), formData))
}

/** A question of the eligibility checker was answered. */
export async function saveEligibilityPage(pageId: string, change: boolean, _previous: void, formData: FormData): Promise<void> {
  const { journey } = await loadEligibilityJourney(await payloadClient())
  await finish(journey, await savePage(await contextFor(journey), String(pageId), asFlag(change), formData))
}

/** "Continue with your application" after the urgent help. */
export async function continueAfterUrgentHelp(slug: string, change: boolean): Promise<void> {
  const journey = await applyJourney(slug)
  await finish(journey, await acknowledgeRisk(await contextFor(journey), asFlag(change)))
}

/** "Submit" on check your answers; the client's address is for the submission rate limit. */
export async function submitApplication(slug: string, _previous: void, formData: FormData): Promise<void> {
  const journey = await applyJourney(slug)
  const website = formData.get('website')
  const ctx = await contextFor(journey)
  const input = { website: typeof website === 'string' ? website : '', ip: ctx.client ?? '' }
  await finish(journey, await sendApplication(ctx, submitReferral, input))
}

/** "Use these answers" on an application's start page: prefill it from the eligibility checker. */
export async function carryCheckerAnswers(slug: string): Promise<void> {
  const journey = await applyJourney(slug)
  await finish(journey, await carryOverEligibilityAnswers(await contextFor(journey), await readEligibilityToken()))
}

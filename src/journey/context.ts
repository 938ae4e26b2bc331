import { notFound } from 'next/navigation'
import { cache } from 'react'
import type { Payload } from 'payload'

import { payloadClient } from '@/content/client'

import { readSessionToken } from './cookie'
import { loadApplyJourney, loadEligibilityJourney, type ApplyJourney, type EligibilityJourney } from './load'
import { loadSession, type SessionRecord } from './session'
import { emptyState, type Journey, type JourneyState } from './types'

export type Progress = { record: SessionRecord | null; state: JourneyState }

/**
 * The trainee's progress as a page sees it. Pages only read: sessions are created and changed
 * by the server actions, which alone may set cookies. A sent application reads as a fresh one.
 */
export async function readProgress(payload: Payload, journey: Journey): Promise<Progress> {
  const record = await loadSession(payload, journey.slug, await readSessionToken(), new Date())
  const state = record && !record.state.reference ? record.state : emptyState()
  return { record, state }
}

/**
 * An application page's form and progress; unknown or unpublished forms are "page not found".
 * Cached per request, so the page and its metadata share one read.
 */
export const applyPageContext = cache(async (slug: string): Promise<ApplyJourney & Progress & { payload: Payload }> => {
  const payload = await payloadClient()
  const loaded = await loadApplyJourney(payload, slug)
  if (!loaded) notFound()
  return { payload, ...loaded, ...(await readProgress(payload, loaded.journey)) }
})

/** An eligibility checker page's rules and progress, once per request. */
export const eligibilityPageContext = cache(async (): Promise<EligibilityJourney & Progress & { payload: Payload }> => {
  const payload = await payloadClient()
  const loaded = await loadEligibilityJourney(payload)
  return { payload, ...loaded, ...(await readProgress(payload, loaded.journey)) }
})

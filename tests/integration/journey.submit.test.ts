import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { pathThrough, validateAnswers } from '@/forms'
import { loadApplyJourney } from '@/journey/load'
import { freshState, type JourneyContext } from '@/journey/service'
import { createSession, loadSession } from '@/journey/session'
import { sendApplication, type Submitter } from '@/journey/submitApplication'
import type { Journey } from '@/journey/types'
import { submitReferral } from '@/submissions/submit'
import { startPayload } from '../helpers/payload'
import { psuApplicationAnswers } from '../helpers/referralForm'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let journey: Journey
beforeAll(async () => {
  payload = await running
  const loaded = await loadApplyJourney(payload, 'psu-application')
  if (!loaded) throw new Error('psu-application is not seeded')
  journey = loaded.journey
})
afterAll(async () => (await running).destroy())

const NOW = new Date('2025-03-01T10:00:00.000Z')
// Emails are another suite's concern; here they would outlive the test's database.
const submit: Submitter = (p, input) => submitReferral(p, { ...input, sendEmailsNow: false })
const noSpam = { website: '', ip: '203.0.113.7' }

/** A session at check your answers, as the journey leaves it. */
async function atCheckAnswers(overrides: Record<string, unknown> = {}): Promise<JourneyContext> {
  const raw = psuApplicationAnswers(overrides)
  const result = validateAnswers(journey.definition, raw, { now: NOW })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const visited = pathThrough(journey.definition, result.answers)
  const riskAcknowledged = overrides.harmThoughts === 'yes' ? ['wellbeing'] : []
  const state = { ...freshState(), answers: result.answers, visited, riskAcknowledged }
  const { token } = await createSession(payload, journey.slug, journey.version, state, NOW)
  return { payload, journey, token, now: NOW }
}

const sessionOf = async (ctx: JourneyContext) => (await loadSession(payload, journey.slug, ctx.token, NOW))?.state
const count = async () => (await payload.count({ collection: 'submissions' })).totalDocs

describe('sending an application from check your answers', () => {
  it('stores one referral, keeps only its reference and shows the confirmation', async () => {
    const ctx = await atCheckAnswers()
    const before = await count()
    expect(await sendApplication(ctx, submit, noSpam)).toEqual({ redirect: '/apply/psu-application/confirmation' })
    const state = await sessionOf(ctx)
    expect(state?.reference).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
    expect(state).toMatchObject({ answers: {}, visited: [], sent: { firstName: 'Ada', serviceName: 'Careers Unit' } })
    expect(state?.sent?.urgent).toBeUndefined()
    expect(await count()).toBe(before + 1)
  })

  it('remembers that a referral with a risk answer is urgent, for its confirmation page', async () => {
    const ctx = await atCheckAnswers({ harmThoughts: 'yes' })
    expect(await sendApplication(ctx, submit, noSpam)).toEqual({ redirect: '/apply/psu-application/confirmation' })
    expect((await sessionOf(ctx))?.sent).toEqual({ firstName: 'Ada', serviceName: 'Careers Unit', urgent: true })
  })

  it('gives a double press the same reference and stores it once', async () => {
    const ctx = await atCheckAnswers()
    const before = await count()
    await Promise.all([sendApplication(ctx, submit, noSpam), sendApplication(ctx, submit, noSpam)])
    await sendApplication(ctx, submit, noSpam)
    expect(await count()).toBe(before + 1)
    const { docs } = await payload.find({ collection: 'submissions', sort: '-createdAt', limit: 1, depth: 0 })
    expect((await sessionOf(ctx))?.reference).toBe(docs[0].reference)
  })

  it('passes the honeypot through, so a bot is answered but nothing is stored', async () => {
    const ctx = await atCheckAnswers()
    const before = await count()
    await sendApplication(ctx, submit, { website: 'http://spam.example', ip: '203.0.113.8' })
    expect(await count()).toBe(before)
  })

  it('sends the trainee to the page with the problem when the answers are refused', async () => {
    const ctx = await atCheckAnswers()
    const refuse: Submitter = async () => ({ status: 422, errors: [{ field: 'specialty', message: 'Enter your specialty' }] })
    expect(await sendApplication(ctx, refuse, noSpam)).toEqual({ redirect: '/apply/psu-application/specialty?change=1' })
    const state = await sessionOf(ctx)
    expect(state?.flash).toMatchObject({ pageId: 'specialty', values: { specialty: 'Paediatrics' } })
    expect(state?.answers).toHaveProperty('firstName', 'Ada')
  })

  it('asks the trainee to try again later when the rate limit refuses', async () => {
    const ctx = await atCheckAnswers()
    const busy: Submitter = async () => ({ status: 429, retryAfterSeconds: 60 })
    expect(await sendApplication(ctx, busy, noSpam)).toEqual({ redirect: '/apply/psu-application/try-again' })
    expect((await sessionOf(ctx))?.reference).toBeUndefined()
  })

  it('keeps the answers and shows a problem page when sending fails on our side', async () => {
    const ctx = await atCheckAnswers()
    const broken: Submitter = async () => {
      throw new Error('database went away')
    }
    expect(await sendApplication(ctx, broken, noSpam)).toEqual({ redirect: '/apply/psu-application/problem' })
    expect((await sessionOf(ctx))?.answers).toHaveProperty('firstName', 'Ada')
  })

  it('will not send before every page is done', async () => {
    const { token } = await createSession(payload, journey.slug, journey.version, freshState(), NOW)
    const ctx = { payload, journey, token, now: NOW }
    expect(await sendApplication(ctx, submit, noSpam)).toEqual({ redirect: '/apply/psu-application/region' })
  })
})

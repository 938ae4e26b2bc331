import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { carryOverEligibilityAnswers, eligibilityCarryOver } from '@/journey/carryOver'
import { loadApplyJourney, loadEligibilityJourney } from '@/journey/load'
import { questionView } from '@/journey/pageView'
import { savePage } from '@/journey/service'
import { createSession, loadSession } from '@/journey/session'
import { emptyState, type Journey } from '@/journey/types'
import { startPayload } from '../helpers/payload'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
const NOW = new Date('2025-03-01T10:00:00.000Z')
beforeAll(async () => {
  payload = await running
})
afterAll(async () => (await running).destroy())

async function applyJourney(slug: string): Promise<Journey> {
  const loaded = await loadApplyJourney(payload, slug)
  if (!loaded) throw new Error(`${slug} is not seeded`)
  return loaded.journey
}

/** A browser that has answered the eligibility checker: its checker session's token. */
async function checkerToken(answers: Record<string, unknown>): Promise<string> {
  const { journey } = await loadEligibilityJourney(payload)
  const state = { ...emptyState(), answers, visited: Object.keys(answers) }
  return (await createSession(payload, journey.slug, journey.version, state, NOW)).token
}

const londonDoctor = { region: 'london', staffGroup: 'doctor', hasTrainingNumber: 'yes', workforceScheme: 'none' }

describe("carrying the eligibility checker's answers into an application", () => {
  it('repeats back what the trainee told the checker, and carries nothing until they choose', async () => {
    const journey = await applyJourney('psu-application')
    const token = await checkerToken(londonDoctor)
    const offer = await eligibilityCarryOver(payload, journey, token, NOW)
    expect(offer.told.map((fact) => fact.answer)).toEqual(['London', 'Doctor', 'Yes', 'None of these'])
    expect(await payload.count({ collection: 'form-sessions', where: { formSlug: { equals: journey.slug } } })).toEqual({ totalDocs: 0 })
  })

  it('on "Use these answers", prefills the questions, which the trainee still sees and can change', async () => {
    const journey = await applyJourney('psu-application')
    const outcome = await carryOverEligibilityAnswers({ payload, journey, token: undefined, now: NOW }, await checkerToken(londonDoctor))
    expect(outcome.redirect).toBe('/apply/psu-application/region')
    const record = await loadSession(payload, journey.slug, outcome.token, NOW)
    expect(record?.state).toMatchObject({ answers: londonDoctor, visited: [] })
    const staffGroupPage = journey.definition.pages.find((page) => page.id === 'staff-group')
    if (!record || !staffGroupPage) throw new Error('no session or page')
    expect(questionView(journey, record.state, staffGroupPage, false).values).toEqual({ staffGroup: 'doctor' })

    const ctx = { payload, journey, token: outcome.token, now: NOW }
    expect((await savePage(ctx, 'region', false, formData({ region: 'kss' }))).redirect).toBe('/apply/psu-application/staff-group')
    expect((await loadSession(payload, journey.slug, outcome.token, NOW))?.state.answers).toMatchObject({ region: 'kss', staffGroup: 'doctor' })
  })

  it('asks again a page already answered that the carried answers change', async () => {
    const journey = await applyJourney('psu-application')
    const started = await savePage({ payload, journey, token: undefined, now: NOW }, 'region', false, formData({ region: 'kss' }))
    expect(started.redirect).toBe('/apply/psu-application/staff-group')
    const ctx = { payload, journey, token: started.token, now: NOW }
    expect(await carryOverEligibilityAnswers(ctx, await checkerToken(londonDoctor))).toEqual({ redirect: '/apply/psu-application/region' })
    expect((await loadSession(payload, journey.slug, started.token, NOW))?.state).toMatchObject({ answers: { region: 'london' }, visited: [] })
  })

  it('carries what the dyslexia form asks through its own question', async () => {
    const journey = await applyJourney('dyslexia-assessment')
    const outcome = await carryOverEligibilityAnswers({ payload, journey, token: undefined, now: NOW }, await checkerToken(londonDoctor))
    expect(outcome.redirect).toBe('/apply/dyslexia-assessment/postgraduate-education')
    expect((await loadSession(payload, journey.slug, outcome.token, NOW))?.state.answers).toEqual({ londonOrSouthEast: 'yes' })
  })

  it.each([
    ['no checker session', undefined],
    ['an unknown token', 'not-a-real-token'],
  ])('with %s, offers nothing and starts no session', async (_, token) => {
    const journey = await applyJourney('psu-application')
    expect((await eligibilityCarryOver(payload, journey, token, NOW)).told).toEqual([])
    expect(await carryOverEligibilityAnswers({ payload, journey, token: undefined, now: NOW }, token)).toEqual({ redirect: '/apply/psu-application' })
  })
})

function formData(values: Record<string, string>): FormData {
  const data = new FormData()
  Object.entries(values).forEach(([name, value]) => data.append(name, value))
  return data
}

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { loadApplyJourney } from '@/journey/load'
import { acknowledgeRisk, savePage, type JourneyContext } from '@/journey/service'
import { loadSession } from '@/journey/session'
import type { Journey } from '@/journey/types'
import { startPayload } from '../helpers/payload'

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
const fields = (values: Record<string, string | string[]>) => {
  const data = new FormData()
  Object.entries(values).forEach(([name, value]) => [value].flat().forEach((item) => data.append(name, item)))
  return data
}

/** One trainee's browser: remembers the cookie the server sets, like a real one. */
function trainee() {
  let token: string | undefined
  const ctx = (): JourneyContext => ({ payload, journey, token, now: NOW })
  const remember = (outcome: { redirect: string; token?: string }) => {
    token = outcome.token ?? token
    return outcome.redirect
  }
  return {
    post: async (pageId: string, values: Record<string, string | string[]>, change = false) =>
      remember(await savePage(ctx(), pageId, change, fields(values))),
    acknowledge: async () => remember(await acknowledgeRisk(ctx(), false)),
    session: async () => (await loadSession(payload, journey.slug, token, NOW))?.state,
    ctx,
  }
}

const aboutYou = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  'dateOfBirth-day': '1',
  'dateOfBirth-month': '2',
  'dateOfBirth-year': '1990',
  email: 'ada@example.com',
  phone: '07700 900123',
}
const training = { hasTrainingNumber: 'yes', workforceScheme: 'none', grade: 'ST4', specialty: 'Paediatrics', trainingProgramme: 'Paediatrics', trust: 'Barts' }

/** Answers every page of psu-application as a London doctor, with the given wellbeing answer. */
async function throughWellbeing(harm: 'yes' | 'no') {
  const browser = trainee()
  await browser.post('about-you', aboutYou)
  await browser.post('your-role', { staffGroup: 'doctor', region: 'london' })
  await browser.post('your-training', training)
  await browser.post('support', { whatSupport: 'Exam stress', previousSupport: 'no' })
  return { browser, next: await browser.post('wellbeing', { harmThoughts: harm }) }
}

describe('an application journey on the server', () => {
  it('keeps errors and what was typed, then moves on once the page is right', async () => {
    const browser = trainee()
    expect(await browser.post('about-you', { firstName: 'Ada', 'dateOfBirth-day': '31', 'dateOfBirth-month': '2' })).toBe(
      '/apply/psu-application/about-you',
    )
    const failed = await browser.session()
    expect(failed?.flash?.values).toMatchObject({ firstName: 'Ada', dateOfBirth: { day: '31', month: '2', year: '' } })
    expect(failed?.flash?.errors.map((error) => error.field)).toEqual(['lastName', 'dateOfBirth', 'email', 'phone'])
    expect(failed?.answers).toEqual({})
    expect(await browser.post('about-you', aboutYou)).toBe('/apply/psu-application/your-role')
    const saved = await browser.session()
    expect(saved).toMatchObject({ visited: ['about-you'], answers: { firstName: 'Ada', dateOfBirth: '1990-02-01' } })
    expect(saved?.flash).toBeUndefined()
  })

  it('will not take a page posted out of order', async () => {
    expect(await trainee().post('wellbeing', { harmThoughts: 'no' })).toBe('/apply/psu-application/about-you')
  })

  it('sends a trainee outside London and KSS to the exit page', async () => {
    const browser = trainee()
    await browser.post('about-you', aboutYou)
    expect(await browser.post('your-role', { staffGroup: 'doctor', region: 'other' })).toBe('/apply/psu-application/region-exit')
  })

  it('interrupts a risk answer with urgent help before the next page, and marks it seen', async () => {
    const { browser, next } = await throughWellbeing('yes')
    expect(next).toBe('/apply/psu-application/urgent-help')
    expect(await browser.post('consent', { consentToContact: 'yes', consentToShare: 'yes' })).toBe('/apply/psu-application/urgent-help')
    expect(await browser.acknowledge()).toBe('/apply/psu-application/consent')
    expect((await browser.session())?.riskAcknowledged).toEqual(['wellbeing'])
    expect(await browser.post('consent', { consentToContact: 'yes', consentToShare: 'yes' })).toBe('/apply/psu-application/check-answers')
  })

  it('returns to check your answers after a change, unless the change adds questions', async () => {
    const { browser, next } = await throughWellbeing('no')
    expect(next).toBe('/apply/psu-application/consent')
    await browser.post('consent', { consentToContact: 'yes', consentToShare: 'yes' })
    expect(await browser.post('support', { whatSupport: 'Careers', previousSupport: 'yes' }, true)).toBe('/apply/psu-application/check-answers')
    expect(await browser.post('your-role', { staffGroup: 'pharmacy', region: 'kss' }, true)).toBe(
      '/apply/psu-application/your-training?change=1',
    )
    expect((await browser.session())?.answers).not.toHaveProperty('hasTrainingNumber')
  })
})

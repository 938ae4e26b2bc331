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

type Fields = Record<string, string | string[]>

/** The pages of psu-application before the wellbeing question, answered as a London doctor. */
const doctorPages: Array<[string, Fields]> = [
  ['region', { region: 'london' }],
  ['staff-group', { staffGroup: 'doctor' }],
  ['training-number', { hasTrainingNumber: 'yes' }],
  ['workforce-scheme', { workforceScheme: 'none' }],
  ['name', { firstName: 'Ada', lastName: 'Lovelace' }],
  ['date-of-birth', { 'dateOfBirth-day': '1', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1990' }],
  ['email', { email: 'ada@example.com' }],
  ['phone', { phone: '07700 900123' }],
  ['address', {}],
  ['gmc-number', {}],
  ['grade', { grade: 'ST4' }],
  ['specialty', { specialty: 'Paediatrics' }],
  ['training-programme', { trainingProgramme: 'Paediatrics' }],
  ['trust', { trust: 'Barts' }],
  ['services', {}],
  ['what-support', { whatSupport: 'Exam stress' }],
  ['previous-support', { previousSupport: 'no' }],
]

/** Answers the pages up to (not including) `stop`, each one sending the trainee to the next. */
async function answerUntil(browser: ReturnType<typeof trainee>, stop: string) {
  for (const [index, [pageId, values]] of doctorPages.entries()) {
    if (pageId === stop) return
    const next = doctorPages[index + 1]?.[0] ?? 'wellbeing'
    expect({ pageId, next: await browser.post(pageId, values) }).toEqual({ pageId, next: `/apply/psu-application/${next}` })
  }
}

/** Answers every page of psu-application up to the wellbeing question, with the given answer. */
async function throughWellbeing(harm: 'yes' | 'no') {
  const browser = trainee()
  await answerUntil(browser, 'wellbeing')
  return { browser, next: await browser.post('wellbeing', { harmThoughts: harm }) }
}

const consent = { consentToContact: 'yes', consentToShare: 'yes' }

describe('an application journey on the server', () => {
  it('keeps errors and what was typed, then moves on once the page is right', async () => {
    const browser = trainee()
    await answerUntil(browser, 'name')
    expect(await browser.post('name', { firstName: 'Ada' })).toBe('/apply/psu-application/name')
    const failed = await browser.session()
    expect(failed?.flash?.values).toMatchObject({ firstName: 'Ada' })
    expect(failed?.flash?.errors.map((error) => error.field)).toEqual(['lastName'])
    expect(failed?.answers).not.toHaveProperty('firstName')
    expect(await browser.post('name', { firstName: 'Ada', lastName: 'Lovelace' })).toBe('/apply/psu-application/date-of-birth')
    expect(await browser.post('date-of-birth', { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2' })).toBe(
      '/apply/psu-application/date-of-birth',
    )
    expect((await browser.session())?.flash?.values).toMatchObject({ dateOfBirth: { day: '31', month: '2', year: '' } })
    await browser.post('date-of-birth', { 'dateOfBirth-day': '1', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1990' })
    const saved = await browser.session()
    expect(saved).toMatchObject({ answers: { firstName: 'Ada', dateOfBirth: '1990-02-01' } })
    expect(saved?.visited.slice(-2)).toEqual(['name', 'date-of-birth'])
    expect(saved?.flash).toBeUndefined()
  })

  it('will not take a page posted out of order', async () => {
    expect(await trainee().post('wellbeing', { harmThoughts: 'no' })).toBe('/apply/psu-application/region')
  })

  it('sends a trainee outside London and KSS to the exit page before asking anything else', async () => {
    expect(await trainee().post('region', { region: 'other' })).toBe('/apply/psu-application/region-exit')
  })

  it('interrupts a risk answer with urgent help before the next page, and marks it seen', async () => {
    const { browser, next } = await throughWellbeing('yes')
    expect(next).toBe('/apply/psu-application/urgent-help')
    expect(await browser.post('wellbeing-notes', {})).toBe('/apply/psu-application/urgent-help')
    expect(await browser.acknowledge()).toBe('/apply/psu-application/wellbeing-notes')
    expect((await browser.session())?.riskAcknowledged).toEqual(['wellbeing'])
    expect(await browser.post('wellbeing-notes', {})).toBe('/apply/psu-application/consent')
    expect(await browser.post('consent', consent)).toBe('/apply/psu-application/check-answers')
  })

  it('returns to check your answers after a change, unless the change adds questions', async () => {
    const { browser, next } = await throughWellbeing('no')
    expect(next).toBe('/apply/psu-application/wellbeing-notes')
    await browser.post('wellbeing-notes', {})
    expect(await browser.post('consent', consent)).toBe('/apply/psu-application/check-answers')
    expect(await browser.post('what-support', { whatSupport: 'Careers' }, true)).toBe('/apply/psu-application/check-answers')
    expect(await browser.post('staff-group', { staffGroup: 'pharmacy' }, true)).toBe('/apply/psu-application/pharmacy-programme?change=1')
    expect((await browser.session())?.answers).not.toHaveProperty('hasTrainingNumber')
  })
})

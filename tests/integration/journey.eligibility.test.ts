import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { evaluateEligibility } from '@/eligibility'
import { loadEligibilityJourney, type EligibilityJourney } from '@/journey/load'
import { savePage } from '@/journey/service'
import { loadSession } from '@/journey/session'
import { startPayload } from '../helpers/payload'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let checker: EligibilityJourney
beforeAll(async () => {
  payload = await running
  checker = await loadEligibilityJourney(payload)
})
afterAll(async () => (await running).destroy())

const NOW = new Date('2025-03-01T10:00:00.000Z')

/** Answers the checker one page at a time; returns every redirect and the final answers. */
async function answer(steps: Array<[string, string]>) {
  let token: string | undefined
  const redirects: string[] = []
  for (const [pageId, value] of steps) {
    const data = new FormData()
    data.append(pageId, value)
    const outcome = await savePage({ payload, journey: checker.journey, token, now: NOW }, pageId, false, data)
    token = outcome.token ?? token
    redirects.push(outcome.redirect)
  }
  const session = await loadSession(payload, checker.journey.slug, token, NOW)
  return { redirects, answers: session?.state.answers ?? {} }
}

describe('the eligibility checker', () => {
  it('is built from the stored criteria, one fact per page', () => {
    expect(checker.journey.basePath).toBe('/eligibility')
    expect(checker.journey.definition.pages.map((page) => page.id)).toEqual([
      'region',
      'staffGroup',
      'hasTrainingNumber',
      'band',
      'inRecognisedTrainingScheme',
      'pharmacyProgramme',
      'workforceScheme',
    ])
  })

  it('asks a doctor only the questions that matter to doctors, then shows the result', async () => {
    const { redirects, answers } = await answer([
      ['region', 'london'],
      ['staffGroup', 'doctor'],
      ['hasTrainingNumber', 'yes'],
      ['workforceScheme', 'none'],
    ])
    expect(redirects).toEqual(['/eligibility/staffGroup', '/eligibility/hasTrainingNumber', '/eligibility/workforceScheme', '/eligibility/result'])
    expect(evaluateEligibility(checker.rules, answers)).toMatchObject({ eligible: true, metRoutes: ['doctors-dentists'] })
  })

  it('explains why a trainee outside London and KSS cannot use the PSU', async () => {
    const { redirects, answers } = await answer([
      ['region', 'other'],
      ['staffGroup', 'other'],
    ])
    expect(redirects.at(-1)).toBe('/eligibility/result')
    const outcome = evaluateEligibility(checker.rules, answers)
    expect(outcome.eligible).toBe(false)
    expect(outcome.reason).toMatch(/London and Kent, Surrey & Sussex only/)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { loadApplyJourney } from '@/journey/load'
import { savePage } from '@/journey/service'
import type { Journey } from '@/journey/types'
import { startPayload } from '../helpers/payload'
import { publishReferralForm } from '../helpers/referralForm'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let journey: Journey
beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'one-at-a-time', { oneQuestionPerPage: true })
  const loaded = await loadApplyJourney(payload, 'one-at-a-time')
  if (!loaded) throw new Error('the form was not published')
  journey = loaded.journey
})
afterAll(async () => (await running).destroy())

const NOW = new Date('2025-03-01T10:00:00.000Z')

describe('a form that asks one question per page', () => {
  it('gives each question its own page and address', () => {
    expect(journey.definition.pages.map((page) => page.id)).toEqual(['about-you', 'about-you--email', 'support', 'more', 'more--safe'])
  })

  it('walks through them one at a time, with urgent help straight after a risk answer', async () => {
    let token: string | undefined
    const post = async (pageId: string, name: string, value: string) => {
      const data = new FormData()
      data.append(name, value)
      const outcome = await savePage({ payload, journey, token, now: NOW }, pageId, false, data)
      token = outcome.token ?? token
      return outcome.redirect
    }
    expect(await post('about-you', 'firstName', 'Amira')).toBe('/apply/one-at-a-time/about-you--email')
    expect(await post('about-you--email', 'email', 'amira@example.org')).toBe('/apply/one-at-a-time/support')
    // Careers hides "Tell us more", so its page is skipped.
    expect(await post('support', 'topic', 'careers')).toBe('/apply/one-at-a-time/more--safe')
    expect(await post('more--safe', 'safe', 'no')).toBe('/apply/one-at-a-time/urgent-help')
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { firstPage } from '@/forms'
import { loadApplyJourney } from '@/journey/load'
import { savePage, tooManySessionsHref, type JourneyContext } from '@/journey/service'
import type { Journey } from '@/journey/types'
import { FORM_SESSION_RATE_LIMIT } from '@/rateLimit'
import { startPayload } from '../helpers/payload'

jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let journey: Journey
let firstPageId: string
beforeAll(async () => {
  payload = await running
  const loaded = await loadApplyJourney(payload, 'psu-application')
  if (!loaded) throw new Error('psu-application is not seeded')
  journey = loaded.journey
  const first = firstPage(journey.definition, {})
  if (first.kind !== 'page') throw new Error('psu-application has no first page')
  firstPageId = first.pageId
})
afterAll(async () => (await running).destroy())

const sessions = () => payload.count({ collection: 'form-sessions', where: { formSlug: { equals: 'psu-application' } } }).then((r) => r.totalDocs)
const post = (client: string, token?: string) => {
  const ctx: JourneyContext = { payload, journey, token, now: new Date(), client }
  return savePage(ctx, firstPageId, false, new FormData())
}

describe('starting form sessions', () => {
  it('lets one client without a cookie start at most the limit of sessions, then sends it to try again', async () => {
    const before = await sessions()
    const outcomes = []
    for (let index = 0; index < FORM_SESSION_RATE_LIMIT.points + 15; index += 1) outcomes.push(await post('198.51.100.20'))
    expect(await sessions()).toBe(before + FORM_SESSION_RATE_LIMIT.points)
    expect(outcomes.filter((outcome) => outcome.token)).toHaveLength(FORM_SESSION_RATE_LIMIT.points)
    for (const refused of outcomes.slice(FORM_SESSION_RATE_LIMIT.points)) expect(refused).toEqual({ redirect: tooManySessionsHref(journey) })
    // Another client is not held back.
    expect((await post('198.51.100.21')).token).toEqual(expect.any(String))
  })

  it('creates one session per journey: posts that bring the cookie back add none', async () => {
    const { token } = await post('198.51.100.22')
    const before = await sessions()
    for (let index = 0; index < 5; index += 1) expect((await post('198.51.100.22', token)).token).toBeUndefined()
    expect(await sessions()).toBe(before)
  })
})

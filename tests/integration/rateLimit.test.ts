import { afterAll, describe, expect, it, jest } from '@jest/globals'

import { limitSubmission, submissionRateLimit } from '@/rateLimit'
import { startPayload } from '../helpers/payload'
import { rateLimitScenarios } from '../scenarios/rateLimitScenarios'

jest.setTimeout(120_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('SQLite', () => rateLimitScenarios(() => running))

describe('submission limit', () => {
  it('refuses the eleventh submission from one address in ten minutes', async () => {
    const payload = await running
    const decisions = []
    for (let index = 0; index <= submissionRateLimit().points; index += 1) decisions.push(await limitSubmission(payload, '198.51.100.7'))
    expect(decisions.slice(0, 10).every((decision) => decision.allowed)).toBe(true)
    expect(decisions[10]).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) })
    expect(await limitSubmission(payload, '198.51.100.8')).toMatchObject({ allowed: true })
  })

  it('keeps its counters in the database, not in process memory', async () => {
    const payload = await running
    await limitSubmission(payload, '198.51.100.9')
    const rows = await payload.find({ collection: 'rate-limits', where: { key: { equals: 'submission:198.51.100.9' } } })
    expect(rows.docs[0]).toMatchObject({ points: 1, expire: expect.any(Number) })
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { consumePoint, createRateLimiter, type RateLimitRule } from '@/rateLimit'

/**
 * The contract every rate-limit store keeps, run on each database adapter: counts per key,
 * refuses past the limit with a wait, forgets after the window, counts concurrent requests
 * exactly, and shares its counters between app instances.
 */
export function rateLimitScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  let run = 0
  beforeAll(async () => {
    payload = await start()
  })
  /** A rule no other test touches, so each test starts from empty counters. */
  const rule = (points: number, durationSeconds = 60): RateLimitRule => ({ name: `contract-${Date.now()}-${(run += 1)}`, points, durationSeconds })
  // No in-memory fallback: a failing store must fail these tests, not be covered for.
  const store = (limit: RateLimitRule) => createRateLimiter(payload, limit, { fallbackToMemory: false })
  const consumeMany = (limiter: ReturnType<typeof createRateLimiter>, key: string, times: number) =>
    Promise.all(Array.from({ length: times }, () => consumePoint(limiter, key)))

  describe('rate-limit store contract', () => {
    it('allows the points in the window, then refuses with the time to wait', async () => {
      const limiter = store(rule(3, 600))
      for (let index = 0; index < 3; index += 1) expect(await consumePoint(limiter, '203.0.113.1')).toMatchObject({ allowed: true })
      const refused = await consumePoint(limiter, '203.0.113.1')
      expect(refused).toMatchObject({ allowed: false })
      const wait = refused.allowed ? 0 : refused.retryAfterSeconds
      expect(wait).toBeGreaterThan(590)
      expect(wait).toBeLessThanOrEqual(600)
    })

    it('counts each key on its own', async () => {
      const limiter = store(rule(1))
      expect(await consumePoint(limiter, 'a')).toMatchObject({ allowed: true })
      expect(await consumePoint(limiter, 'a')).toMatchObject({ allowed: false })
      expect(await consumePoint(limiter, 'b')).toMatchObject({ allowed: true })
    })

    it('counts concurrent requests exactly', async () => {
      const limiter = store(rule(20))
      const decisions = await consumeMany(limiter, 'busy', 50)
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(20)
    })

    it('shares counters between app instances', async () => {
      const shared = rule(4)
      const [one, two] = [store(shared), store(shared)]
      await consumeMany(one, 'client', 2)
      await consumeMany(two, 'client', 2)
      expect(await consumePoint(one, 'client')).toMatchObject({ allowed: false })
      expect(await consumePoint(two, 'client')).toMatchObject({ allowed: false })
    })

    it('starts again once the window has passed', async () => {
      const limiter = store(rule(1, 1))
      expect(await consumePoint(limiter, 'slow')).toMatchObject({ allowed: true })
      expect(await consumePoint(limiter, 'slow')).toMatchObject({ allowed: false })
      await new Promise((resolve) => setTimeout(resolve, 1200))
      expect(await consumePoint(limiter, 'slow')).toMatchObject({ allowed: true })
    })

    it('reads and deletes a key', async () => {
      const limiter = store(rule(5))
      await consumeMany(limiter, 'reader', 2)
      expect((await limiter.get('reader'))?.consumedPoints).toBe(2)
      await limiter.delete('reader')
      expect(await limiter.get('reader')).toBeNull()
    })
  })
}

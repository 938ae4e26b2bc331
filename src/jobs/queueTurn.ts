import type { Payload } from 'payload'

import { consumePoint, rateLimiterFor, type RateLimitRule } from '@/rateLimit'

/**
 * One queue turn per 10-second tick across all instances. Payload claims jobs by reading then
 * updating them, so two instances ticking at the same second could both claim, and send, the
 * same email. The turn is one atomic counter in the database (the rate-limit store), shorter
 * than the tick so the next tick is free.
 */
export const QUEUE_TURN: RateLimitRule = { name: 'queue-turn', points: 1, durationSeconds: 8 }

/**
 * `jobs.shouldAutoRun`: takes this tick's turn, or leaves it to the instance that has it. The
 * instance with the turn schedules the housekeeping tasks that are due, then runs the queue. A
 * scheduling failure is logged and the run goes on, so it never holds up emails.
 */
export async function takeQueueTurn(payload: Payload): Promise<boolean> {
  const turn = await consumePoint(rateLimiterFor(payload, QUEUE_TURN), 'default')
  if (!turn.allowed) return false
  await payload.jobs.handleSchedules({ queue: 'default' }).catch((error: unknown) => {
    payload.logger.error({ err: error, msg: 'Scheduling the housekeeping tasks failed; the queue runs anyway' })
  })
  return true
}

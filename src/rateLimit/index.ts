import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { RateLimiterLibsql, type LibsqlClient } from './libsqlStore'

export type RateLimitRule = { name: string; points: number; durationSeconds: number }

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/** Public referral submissions: at most 10 per client IP address in 10 minutes. */
export const SUBMISSION_RATE_LIMIT: RateLimitRule = { name: 'submission', points: 10, durationSeconds: 600 }

/**
 * A limiter for a rule, its counters in the running database so every app instance shares
 * them: MongoDB through rate-limiter-flexible's own store, SQLite through the libsql store.
 * If the database cannot count, an in-memory limiter stands in rather than refusing referrals
 * (`fallbackToMemory: false` turns that off, so the store's own contract can be tested).
 */
export function createRateLimiter(payload: Payload, rule: RateLimitRule, { fallbackToMemory = true } = {}): RateLimiterAbstract {
  const limit = { keyPrefix: rule.name, points: rule.points, duration: rule.durationSeconds }
  const options = { ...limit, ...(fallbackToMemory ? { insuranceLimiter: new RateLimiterMemory(limit) } : {}) }
  const db = payload.db as unknown as { name: string; connection?: unknown }
  return db.name === 'mongoose'
    ? new RateLimiterMongo({ ...options, storeClient: db.connection, tableName: 'rate-limiter' })
    : new RateLimiterLibsql({ ...options, storeClient: counterConnection(payload), tableName: 'rate_limits' })
}

const counterConnections = new WeakMap<Payload, LibsqlClient>()

/**
 * Counters get a connection of their own to Payload's SQLite file, with `synchronous = NORMAL`:
 * a count lost to a power cut costs nothing, so a rate-limit check need not wait for a disk
 * flush, while referrals keep the full flush on Payload's own connection. WAL mode lets both
 * connections share the file.
 */
function counterConnection(payload: Payload): LibsqlClient {
  const existing = counterConnections.get(payload)
  if (existing) return existing
  const db = payload.db as unknown as { clientConfig?: { url?: string }; busyTimeout?: number }
  const url = db.clientConfig?.url
  if (!url) throw new Error('Rate limiting needs the SQLite adapter to be configured with a file URL')
  const client = createClient({ url })
  const ready = client.executeMultiple(`PRAGMA busy_timeout = ${db.busyTimeout || 5000}; PRAGMA synchronous = NORMAL;`)
  ready.catch(() => undefined) // reported by the first count that awaits it
  const connection: LibsqlClient = {
    execute: async (statement) => {
      await ready
      return client.execute(statement)
    },
  }
  counterConnections.set(payload, connection)
  return connection
}

const limiters = new WeakMap<Payload, Map<string, RateLimiterAbstract>>()

/** The one limiter per rule for this Payload instance (limiters are cheap, but not free). */
export function rateLimiterFor(payload: Payload, rule: RateLimitRule): RateLimiterAbstract {
  const byRule = limiters.get(payload) ?? new Map<string, RateLimiterAbstract>()
  limiters.set(payload, byRule)
  const key = `${rule.name}:${rule.points}:${rule.durationSeconds}`
  const limiter = byRule.get(key) ?? createRateLimiter(payload, rule)
  byRule.set(key, limiter)
  return limiter
}

/** Takes one point for `key`; refused once the rule's points are used up, with the wait in seconds. */
export async function consumePoint(limiter: RateLimiterAbstract, key: string): Promise<RateLimitDecision> {
  try {
    const res = await limiter.consume(key)
    return { allowed: true, remaining: res.remainingPoints }
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
  }
}

/**
 * Counts one referral submission from this client IP address. The public form API and the
 * trainee journey pages both call it before storing a referral.
 */
export function limitSubmission(payload: Payload, ip: string): Promise<RateLimitDecision> {
  return consumePoint(rateLimiterFor(payload, SUBMISSION_RATE_LIMIT), ip || 'unknown')
}

/**
 * The client's IP address: the first hop of `X-Forwarded-For` (set by the load balancer), then
 * `X-Real-IP`. Next.js route handlers see no socket, so without either header all clients
 * share the key `unknown`.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const candidate = forwarded || headers.get('x-real-ip')?.trim() || ''
  return /^[0-9a-fA-F:.]{2,45}$/.test(candidate) ? candidate : 'unknown'
}

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { env } from '@/config/env'

import { clientAddressFrom } from './clientAddress'
import { RateLimiterLibsql, type LibsqlClient } from './libsqlStore'
import { peerAddress } from './peerAddress'

export type RateLimitRule = { name: string; points: number; durationSeconds: number }

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/** Posts to the referral API and the journey's submit, per client: `RATE_LIMIT_SUBMISSIONS` (default 10 in 10 minutes). */
export const submissionRateLimit = (): RateLimitRule => ({ name: 'submission', ...env().RATE_LIMIT_SUBMISSIONS })

/**
 * New form sessions (application journeys started) per client in 10 minutes: a person starts
 * a handful; the cap keeps one client from filling the sessions table.
 */
export const FORM_SESSION_RATE_LIMIT: RateLimitRule = { name: 'form-session', points: 30, durationSeconds: 600 }

/**
 * Referral status lookups per client in 10 minutes: enough for a trainee who mistypes, too few
 * to try many references or email addresses.
 */
export const STATUS_LOOKUP_RATE_LIMIT: RateLimitRule = { name: 'status-lookup', points: 5, durationSeconds: 600 }

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
 * Counts one post to the referral API (valid or not) or one journey submit from this client.
 * Call it before reading the body, so malformed posts count too.
 */
export function limitSubmission(payload: Payload, client: string): Promise<RateLimitDecision> {
  return consumePoint(rateLimiterFor(payload, submissionRateLimit()), client)
}

/** Counts one referral status lookup for this client. */
export function limitStatusLookup(payload: Payload, client: string): Promise<RateLimitDecision> {
  return consumePoint(rateLimiterFor(payload, STATUS_LOOKUP_RATE_LIMIT), client)
}

/** Counts one new form session for this client. */
export function limitFormSession(payload: Payload, client: string): Promise<RateLimitDecision> {
  return consumePoint(rateLimiterFor(payload, FORM_SESSION_RATE_LIMIT), client)
}

/**
 * The client's address, the key of every per-client limit: the TCP peer, or behind
 * `TRUSTED_PROXY_HOPS` proxies the address the outermost trusted proxy saw. Never an
 * address the client wrote itself.
 */
export function clientAddress(headers: Headers): string {
  return clientAddressFrom({ forwardedFor: headers.get('x-forwarded-for'), peer: peerAddress(headers) }, env().TRUSTED_PROXY_HOPS)
}

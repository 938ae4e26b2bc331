import type { Payload } from 'payload'

import { databaseKind } from '@/config/database'
import { env } from '@/config/env'

export type HealthReport = {
  httpStatus: 200 | 503
  body: { status: 'ok' | 'unavailable'; database: { adapter: 'sqlite' | 'mongodb'; status: 'up' | 'down' } }
}

/** First start may run migrations and the seed; later checks must answer fast. */
const INIT_TIMEOUT_MS = 20_000
const QUERY_TIMEOUT_MS = 3_000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Whether the service can read its database: a real query through the Local API, so the
 * answer is the same whichever adapter runs. A load balancer takes 503 as "send no traffic".
 */
export async function healthReport(loadPayload: () => Promise<Payload>): Promise<HealthReport> {
  const adapter = databaseKind(env().DATABASE_URI)
  try {
    const payload = await withTimeout(loadPayload(), INIT_TIMEOUT_MS)
    await withTimeout(payload.count({ collection: 'support-lines', overrideAccess: true }), QUERY_TIMEOUT_MS)
    return { httpStatus: 200, body: { status: 'ok', database: { adapter, status: 'up' } } }
  } catch {
    return { httpStatus: 503, body: { status: 'unavailable', database: { adapter, status: 'down' } } }
  }
}

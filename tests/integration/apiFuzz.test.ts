import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { MAX_RESPONSE_BYTES, MAX_RESPONSE_MS, serverErrorIn } from '../helpers/apiAnswers'
import { hostileRequests, type HostileRequest } from '../helpers/hostileQueries'

jest.setTimeout(600_000)

const { startPayload } = await import('../helpers/payload')
const { callGraphql, callRest } = await import('../helpers/apiRoutes')

const SEED = 20261130
const REQUESTS = 6000
const running = startPayload()
let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await running
  const login = await payload.login({ collection: 'users', data: { email: 'editor@psu.local', password: 'psu-dev-password' } })
  editorToken = login.token as string
})
afterAll(async () => (await running).destroy())

type Outcome = { request: HostileRequest; signedIn: boolean; status: number; bytes: number; ms: number; serverError: boolean }

async function send(request: HostileRequest, signedIn: boolean): Promise<Outcome> {
  const headers: Record<string, string> = signedIn ? { authorization: `JWT ${editorToken}` } : {}
  const answer =
    request.kind === 'graphql' ? await callGraphql(request.query, headers) : await callRest({ method: request.method, path: request.path, headers, body: request.method === 'PATCH' ? '{"title":"x"}' : undefined })
  return { request, signedIn, status: answer.status, bytes: answer.bytes, ms: answer.ms, serverError: serverErrorIn(answer) }
}

describe('hostile traffic through the real REST and GraphQL handlers', () => {
  it(`answers ${REQUESTS} generated requests (seed ${SEED}), anonymous and as an editor, bounded and without a 5xx`, async () => {
    const targets = payload.config.collections.map((collection) => ({
      slug: collection.slug,
      fields: collection.flattenedFields.map((field) => field.name),
      versions: Boolean(collection.versions),
    }))
    const globals = payload.config.globals.map((global) => global.slug)
    const requests = hostileRequests(REQUESTS, SEED, targets, globals)
    const outcomes: Outcome[] = []
    const started = Date.now()
    for (let start = 0; start < requests.length; start += 10) {
      const batch = requests.slice(start, start + 10)
      outcomes.push(...(await Promise.all(batch.map((request, offset) => send(request, (start + offset) % 2 === 1)))))
    }
    const seconds = (Date.now() - started) / 1000
    const byStatus = outcomes.reduce<Record<string, number>>((tally, { status, request, signedIn }) => {
      const key = `${request.kind} ${signedIn ? 'editor' : 'anonymous'} ${status}`
      return { ...tally, [key]: (tally[key] ?? 0) + 1 }
    }, {})
    console.info(`${outcomes.length} hostile requests in ${seconds.toFixed(1)} s, largest answer ${Math.max(...outcomes.map((o) => o.bytes))} bytes, slowest ${Math.max(...outcomes.map((o) => o.ms))} ms:`, byStatus)

    const failed = outcomes.filter((outcome) => outcome.status >= 500 || outcome.serverError)
    expect(failed.slice(0, 5).map(({ request, status, signedIn }) => ({ request, status, signedIn }))).toEqual([])
    const huge = outcomes.filter((outcome) => outcome.bytes >= MAX_RESPONSE_BYTES)
    expect(huge.slice(0, 3).map(({ request, bytes }) => ({ request, bytes }))).toEqual([])
    const slow = outcomes.filter((outcome) => outcome.ms >= MAX_RESPONSE_MS)
    expect(slow.slice(0, 3).map(({ request, ms }) => ({ request, ms }))).toEqual([])
    expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(REQUESTS * 0.2)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { MAX_RESPONSE_BYTES, MAX_RESPONSE_MS, serverErrorIn } from '../helpers/apiAnswers'
import type { ApiAnswer } from '../helpers/apiRoutes'
import { hostileRequests, type HostileRequest } from '../helpers/hostileQueries'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, EDITOR, login } from './support/adminApi'

jest.setTimeout(600_000)

// The production build bundles Payload and its database adapter, so errors look different there
// than through the integration handlers: the same generator runs against `next start` too.
const SEED = 20261201
const REQUESTS = 2000
const BATCH = 8

let server: RunningServer
let editorToken: string

beforeAll(async () => {
  server = await startServer()
  await createStaff(server.url)
  editorToken = await login(server.url, EDITOR)
})
afterAll(async () => server?.stop())

async function send(request: HostileRequest, token: string | undefined): Promise<ApiAnswer> {
  const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  const started = Date.now()
  const response =
    request.kind === 'graphql'
      ? await fetch(`${server.url}/api/graphql`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query: request.query }),
        })
      : await fetch(`${server.url}/api/${request.path}`, {
          method: request.method,
          headers: request.method === 'PATCH' ? { ...headers, 'content-type': 'application/json' } : headers,
          body: request.method === 'PATCH' ? '{"title":"x"}' : undefined,
        })
  const text = await response.text()
  return { status: response.status, bytes: Buffer.byteLength(text), ms: Date.now() - started, text }
}

describe('hostile traffic against the production server', () => {
  it(`answers ${REQUESTS} generated REST and GraphQL requests (seed ${SEED}) bounded and without a 5xx`, async () => {
    const { default: config } = await import('@payload-config')
    const sanitized = await config
    const targets = sanitized.collections.map((collection) => ({
      slug: collection.slug,
      fields: collection.flattenedFields.map((field) => field.name),
      versions: Boolean(collection.versions),
    }))
    const requests = hostileRequests(REQUESTS, SEED, targets, sanitized.globals.map((global) => global.slug))
    const outcomes: { request: HostileRequest; answer: ApiAnswer }[] = []
    for (let start = 0; start < requests.length; start += BATCH) {
      const batch = requests.slice(start, start + BATCH)
      const answers = await Promise.all(batch.map((request, offset) => send(request, (start + offset) % 2 ? editorToken : undefined)))
      outcomes.push(...answers.map((answer, offset) => ({ request: batch[offset], answer })))
    }
    const byStatus = outcomes.reduce<Record<number, number>>((tally, { answer }) => ({ ...tally, [answer.status]: (tally[answer.status] ?? 0) + 1 }), {})
    console.info(`${outcomes.length} hostile requests to next start; largest ${Math.max(...outcomes.map((o) => o.answer.bytes))} bytes, slowest ${Math.max(...outcomes.map((o) => o.answer.ms))} ms:`, byStatus)

    const failed = outcomes.filter(({ answer }) => serverErrorIn(answer))
    expect(failed.slice(0, 5).map(({ request, answer }) => ({ request, status: answer.status, body: answer.text.slice(0, 200) }))).toEqual([])
    expect(outcomes.filter(({ answer }) => answer.bytes >= MAX_RESPONSE_BYTES).map(({ request }) => request)).toEqual([])
    expect(outcomes.filter(({ answer }) => answer.ms >= MAX_RESPONSE_MS).map(({ request }) => request)).toEqual([])
  })
})

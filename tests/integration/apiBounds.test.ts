import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { MAX_RESPONSE_BYTES } from '../helpers/apiAnswers'

const { startPayload } = await import('../helpers/payload')
const { callGraphql, callRest } = await import('../helpers/apiRoutes')
const { MAX_DEPTH, MAX_PAGE_SIZE } = await import('@/http/apiLimits')

const running = startPayload()
let payload: Payload
let editor: Record<string, string>

beforeAll(async () => {
  payload = await running
  const login = await payload.login({ collection: 'users', data: { email: 'editor@psu.local', password: 'psu-dev-password' } })
  editor = { authorization: `JWT ${login.token}` }
})
afterAll(async () => (await running).destroy())

type Page = { docs: unknown[]; limit: number }

describe('relationship depth and page size are bounded for every API caller', () => {
  it.each([
    'forms?limit=100000&depth=100',
    'services?limit=100000&depth=100',
    'services?pagination=false&depth=100',
    'services?limit=0&depth=100',
    'resources?limit=-1&depth=100',
    'services/versions?limit=100000&depth=100',
    'users?limit=100000&depth=100',
  ])('GET /api/%s', async (path) => {
    for (const headers of [{}, editor]) {
      const answer = await callRest({ method: 'GET', path, headers })
      expect(answer.status).toBeLessThan(500)
      expect(answer.bytes).toBeLessThan(MAX_RESPONSE_BYTES)
      if (answer.status === 200) expect((JSON.parse(answer.text) as Page).limit).toBeLessThanOrEqual(MAX_PAGE_SIZE)
    }
  })

  it(`populates relationships at most ${MAX_DEPTH} levels deep`, async () => {
    const answer = await callRest({ method: 'GET', path: 'services?depth=100&limit=1&where[applicationForm][exists]=true', headers: editor })
    const service = (JSON.parse(answer.text) as { docs: Array<{ applicationForm: { rules?: unknown } }> }).docs[0]
    expect(typeof service.applicationForm).toBe('object')
    const text = JSON.stringify(service)
    // Beyond the cap a relationship stays an id: no document nests a third populated level.
    expect(text.length).toBeLessThan(MAX_RESPONSE_BYTES)
  })

  it('keeps the page size the site itself asks for through the Local API', async () => {
    const all = await payload.find({ collection: 'services', pagination: false, depth: 0 })
    expect(all.docs.length).toBeGreaterThan(0)
  })
})

describe('malformed ids answer 404, never 500', () => {
  it.each(['services/abc', 'services/NaN', 'forms/abc', 'resources/%00', 'policies/1e999', 'users/abc', 'form-versions/abc', 'services/versions/abc'])(
    'GET /api/%s',
    async (path) => {
      const answer = await callRest({ method: 'GET', path, headers: editor })
      expect([400, 403, 404]).toContain(answer.status)
    },
  )
  it.each(['PATCH', 'DELETE'] as const)('%s /api/services/abc', async (method) => {
    const answer = await callRest({ method, path: 'services/abc', headers: editor, body: method === 'PATCH' ? '{"title":"x"}' : undefined })
    expect([400, 403, 404]).toContain(answer.status)
  })
  it('GraphQL Service(id: "abc")', async () => {
    const answer = await callGraphql('{ Service(id: "abc") { id } }', editor)
    expect(answer.status).toBeLessThan(500)
    expect(answer.text).toMatch(/cannot represent non-integer value/)
  })
})

describe('GraphQL', () => {
  it('answers a query for services', async () => {
    const answer = await callGraphql('{ Services { docs { id title slug } } }')
    expect(answer.status).toBe(200)
    const body = JSON.parse(answer.text) as { data: { Services: { docs: Array<{ title: string }> } } }
    expect(body.data.Services.docs.length).toBeGreaterThan(0)
  })
  it.each([
    ['too deep', `{ Services { docs { relatedResources { services { docs { relatedResources { services { docs { id } } } } } } } } }`, /levels deep/],
    ['cyclic fragments', '{ Services { docs { ...A } } } fragment A on Service { id ...B } fragment B on Service { id ...A }', /cycle/],
    ['too complex', `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: Services(limit: 100) { docs { id title slug } }`).join(' ')} }`, /complexity/i],
  ])('refuses a query that is %s, before running it', async (_label, query, message) => {
    const answer = await callGraphql(query)
    // Validation errors answer 400 or, as GraphQL over HTTP allows for application/json, 200.
    expect([200, 400]).toContain(answer.status)
    const body = JSON.parse(answer.text) as { data?: unknown; errors: Array<{ message: string }> }
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toMatch(message)
  })
})

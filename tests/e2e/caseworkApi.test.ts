import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { referralFormData, validAnswers } from '../helpers/referralForm'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, login } from './support/adminApi'

jest.setTimeout(180_000)

const FORM_SLUG = 'casework-e2e'
const CASEWORKER = { email: 'case.worker@psu.test', password: 'Caseworker-e2e-password-1', name: 'Case Worker' }

let server: RunningServer
let adminToken = ''
let caseworkerToken = ''

/** A REST call to the production server: status and JSON body. */
async function call(path: string, token: string, method = 'GET', body?: unknown) {
  const response = await fetch(`${server.url}/api/${path}`, {
    method,
    headers: { ...(token ? { authorization: `JWT ${token}` } : {}), 'content-type': 'application/json', 'x-forwarded-for': '10.8.8.8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> }
}
const idOf = async (path: string) => ((await call(path, adminToken)).json.docs as Array<{ id: number }>)[0].id

beforeAll(async () => {
  server = await startServer()
  ;({ adminToken } = await createStaff(server.url))
  const careers = await idOf('services?where[slug][equals]=careers-unit&depth=0')
  const individual = await idOf('services?where[slug][equals]=individual-support-team&depth=0')
  await call('users', adminToken, 'POST', { ...CASEWORKER, roles: ['caseworker'], services: [careers] })
  caseworkerToken = await login(server.url, CASEWORKER)
  expect((await call('forms', adminToken, 'POST', { ...referralFormData(FORM_SLUG, careers, individual), _status: 'published' })).status).toBe(201)
})
afterAll(async () => server?.stop())

describe('case work on the production build (migrated database, real /api route)', () => {
  it('takes the next referral, refuses a skipped stage with a field message, and audits the changes', async () => {
    const posted = await call(`forms/${FORM_SLUG}/submissions`, '', 'POST', { answers: validAnswers() })
    expect(posted.status).toBe(201)
    const taken = await call('submissions/take-next', caseworkerToken, 'POST')
    expect(taken).toMatchObject({ status: 200, json: { reference: posted.json.reference } })
    expect(await call('submissions/take-next', caseworkerToken, 'POST')).toEqual({ status: 404, json: { message: 'No unallocated referrals' } })
    const id = String(taken.json.id)
    const skipped = await call(`submissions/${id}?depth=0`, caseworkerToken, 'PATCH', { status: 'in-support' })
    expect(skipped.status).toBe(400)
    expect(JSON.stringify(skipped.json)).toContain('A referral cannot move from New to In support.')
    expect((await call(`submissions/${id}?depth=0`, caseworkerToken, 'PATCH', { status: 'triaged' })).status).toBe(200)
    const audit = await call(`audit-log?where[submission][equals]=${id}&where[operation][in]=stage,assignee&depth=0&sort=id`, adminToken)
    const entries = (audit.json.docs as Array<{ operation: string; from: string; to: string }>).map(({ operation, from, to }) => ({ operation, from, to }))
    expect(entries).toEqual([
      { operation: 'assignee', from: '', to: expect.any(String) },
      { operation: 'stage', from: 'new', to: 'triaged' },
    ])
  })
})

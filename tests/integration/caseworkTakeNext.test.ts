import { afterAll, describe, expect, it, jest } from '@jest/globals'

import config from '@payload-config'
import { caseworkFixture, newReferral } from '../helpers/casework'
import { startPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { takeNextScenarios } from '../scenarios/takeNextScenarios'

jest.setTimeout(120_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('SQLite: take next', () => takeNextScenarios(() => running))

describe('POST /api/submissions/take-next', () => {
  const api = restClient(config)

  it('answers 401 signed out, 403 to other roles, 200 then 404 to case workers, racing safely', async () => {
    const payload = await running
    // Fresh staff of the same services, so this queue starts empty of the scenarios' referrals.
    const { staff } = await caseworkFixture(payload, api, 'rest')
    const take = (token?: string) => api.request('POST', 'submissions/take-next', { token })
    expect((await take()).status).toBe(401)
    for (const who of ['editor', 'manager'] as const) expect((await take(staff[who].token)).status).toBe(403)
    const waiting = await Promise.all([1, 2, 3, 4, 5].map(() => newReferral(payload)))
    const tokens = Array.from({ length: 10 }, (_, n) => staff[n % 2 === 0 ? 'careers' : 'careers2'].token)
    const responses = await Promise.all(tokens.map((token) => take(token)))
    const ok = responses.filter((response) => response.status === 200).map((response) => response.json)
    expect(ok.map(({ id }) => String(id)).sort()).toEqual(waiting.map(({ id }) => String(id)).sort())
    expect(ok.every(({ reference }) => waiting.some((doc) => doc.reference === reference))).toBe(true)
    const empty = responses.filter((response) => response.status === 404)
    expect(empty.map((response) => response.json)).toEqual(Array(5).fill({ message: 'No unallocated referrals' }))
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import config from '@payload-config'
import { STAGES } from '@/casework/stages'
import { TRANSITIONS } from '@/casework/transitions'
import { caseAuditOf, caseworkFixture, fieldErrors, newReferral, setRaw, type Staff } from '../helpers/casework'
import { startPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'

jest.setTimeout(120_000)

const running = startPayload()
const api = restClient(config)
let payload: Payload
let staff: Staff
const referrals: Record<string, string | number> = {}

beforeAll(async () => {
  payload = await running
  ;({ staff } = await caseworkFixture(payload, api))
  for (const who of ['careers', 'admin']) referrals[who] = (await newReferral(payload)).id
})
afterAll(async () => (await running).destroy())

const patch = (who: keyof Staff, id: string | number, body: Record<string, unknown>) =>
  api.request('PATCH', `submissions/${id}?depth=0`, { token: staff[who].token, body })
const stored = (id: string | number) => payload.findByID({ collection: 'submissions', id, depth: 0 })

// Every ordered pair of different stages, as a case worker and as an admin, judged by the one table.
const moves = (['careers', 'admin'] as const).flatMap((who) =>
  STAGES.flatMap((from) => STAGES.filter((to) => to !== from).map((to) => {
    const move = TRANSITIONS.find((transition) => transition.from === from && transition.to === to)
    return { who, from, to, allowed: Boolean(move) && (move?.by !== 'admin' || who === 'admin') }
  })),
)

describe('stage moves', () => {
  it.each(moves)('$who: $from → $to allowed=$allowed', async ({ who, from, to, allowed }) => {
    const id = referrals[who]
    await setRaw(payload, id, { status: from, outcome: from === 'closed' ? 'no-response' : null })
    const response = await patch(who, id, { status: to, ...(to === 'closed' ? { outcome: 'declined-by-trainee' } : {}) })
    if (allowed) {
      expect(response.status).toBe(200)
      expect((await stored(id)).status).toBe(to)
    } else {
      expect(response.status).toBe(400)
      expect(fieldErrors(response.json).status).toMatch(/cannot move|Only an administrator/)
      expect((await stored(id)).status).toBe(from)
    }
  })

  it('refuses a move outside the table from trusted server code too (Local API, access overridden)', async () => {
    const { id } = await newReferral(payload)
    const attempt = payload.update({ collection: 'submissions', id, data: { status: 'in-support' } })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    expect((await stored(id)).status).toBe('new')
  })
})

describe('stage times and outcome', () => {
  it('sets the time a stage is reached from the clock, ignoring times in the request', async () => {
    const { id } = await newReferral(payload)
    const forged = '2000-01-01T00:00:00.000Z'
    const before = Date.now()
    const response = await patch('careers', id, { status: 'triaged', triagedAt: forged, closedAt: forged })
    expect(response.status).toBe(200)
    const doc = await stored(id)
    expect(Date.parse(String(doc.triagedAt))).toBeGreaterThanOrEqual(before)
    expect(Date.parse(String(doc.triagedAt))).toBeLessThanOrEqual(Date.now())
    expect(doc.closedAt ?? null).toBeNull()
    expect((await patch('admin', id, { triagedAt: forged, firstContactAt: forged })).status).toBe(200)
    await payload.update({ collection: 'submissions', id, data: { triagedAt: forged, supportStartedAt: forged } })
    const after = await stored(id)
    expect(after.triagedAt).toBe(doc.triagedAt)
    expect([after.firstContactAt ?? null, after.supportStartedAt ?? null]).toEqual([null, null])
  })

  it('requires an outcome to close, and an admin re-opening clears it and the closing time', async () => {
    const { id } = await newReferral(payload)
    const refused = await patch('careers', id, { status: 'closed' })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.json).outcome).toBe('Choose an outcome to close the referral.')
    expect((await patch('careers', id, { status: 'closed', outcome: 'not-eligible' })).status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'closed', outcome: 'not-eligible', closedAt: expect.any(String) })
    expect((await patch('careers', id, { outcome: null })).status).toBe(400)
    expect((await patch('admin', id, { status: 'triaged' })).status).toBe(200)
    const reopened = await stored(id)
    expect(reopened).toMatchObject({ status: 'triaged', triagedAt: expect.any(String) })
    expect([reopened.outcome ?? null, reopened.closedAt ?? null]).toEqual([null, null])
  })

  it('lets a referral closed before outcomes existed take a note without one', async () => {
    const { id } = await newReferral(payload)
    await setRaw(payload, id, { status: 'closed', outcome: null })
    expect((await patch('careers', id, { notes: [{ text: 'Late note' }] })).status).toBe(200)
  })

  it('keeps an open referral without an outcome', async () => {
    const { id } = await newReferral(payload)
    expect((await patch('careers', id, { status: 'triaged', outcome: 'not-eligible' })).status).toBe(200)
    expect((await stored(id)).outcome ?? null).toBeNull()
  })

  it('audits each change of stage and priority: who, from, to', async () => {
    const { id } = await newReferral(payload)
    await patch('careers', id, { status: 'triaged' })
    await patch('careers2', id, { priority: 'urgent' })
    expect(await caseAuditOf(payload, id)).toEqual([
      { operation: 'stage', from: 'new', to: 'triaged', user: staff.careers.id },
      { operation: 'priority', from: 'normal', to: 'urgent', user: staff.careers2.id },
    ])
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import config from '@payload-config'
import { caseAuditOf, caseworkFixture, fieldErrors, newReferral, type Staff } from '../helpers/casework'
import { startPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'

jest.setTimeout(120_000)

const running = startPayload()
const api = restClient(config)
let payload: Payload
let staff: Staff
let services: { careers: string | number; individual: string | number }

beforeAll(async () => {
  payload = await running
  const fixture = await caseworkFixture(payload, api)
  staff = fixture.staff
  services = { careers: fixture.careers, individual: fixture.individual }
})
afterAll(async () => (await running).destroy())

const patch = (who: keyof Staff, id: string | number, body: Record<string, unknown>) =>
  api.request('PATCH', `submissions/${id}?depth=0`, { token: staff[who].token, body })
const stored = (id: string | number) => payload.findByID({ collection: 'submissions', id, depth: 0 })
type Note = { id?: string; text: string; author?: unknown; at?: string }
const notesOf = async (id: string | number) => ((await stored(id)).notes ?? []) as Note[]

describe('case notes', () => {
  it('sets each new note’s author and time on the server, whatever the request says', async () => {
    const { id } = await newReferral(payload)
    const before = Date.now()
    const response = await patch('careers', id, { notes: [{ text: 'Called, no answer', author: staff.admin.id, at: '2000-01-01T00:00:00.000Z' }] })
    expect(response.status).toBe(200)
    const [note] = await notesOf(id)
    expect(note).toMatchObject({ text: 'Called, no answer', author: staff.careers.id })
    expect(Date.parse(String(note.at))).toBeGreaterThanOrEqual(before)
  })

  const refusals: Array<[string, (notes: Note[]) => Note[]]> = [
    ['drops an earlier note', (notes) => [notes[1]]],
    ['reorders the notes', (notes) => [notes[1], notes[0]]],
    ['alters an earlier note', (notes) => [{ ...notes[0], text: 'Rewritten' }, notes[1]]],
    ['alters one and adds one', (notes) => [{ ...notes[0], text: 'Rewritten' }, notes[1], { text: 'New' }]],
    ['empties the notes', () => []],
  ]

  it.each(refusals)('refuses a case worker’s write that %s (400 on notes); an admin may', async (_, change) => {
    const { id } = await newReferral(payload)
    await patch('careers', id, { notes: [{ text: 'First' }] })
    await patch('careers2', id, { notes: [...(await notesOf(id)), { text: 'Second' }] })
    const notes = await notesOf(id)
    const refused = await patch('careers', id, { notes: change(notes) })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.json).notes).toMatch(/cannot be/)
    expect(await notesOf(id)).toEqual(notes)
    expect((await patch('admin', id, { notes: change(notes) })).status).toBe(200)
  })

  it('appends after the earlier notes and keeps their author and time even if the request changes them', async () => {
    const { id } = await newReferral(payload)
    await patch('careers', id, { notes: [{ text: 'First' }] })
    const [first] = await notesOf(id)
    const forged = { ...first, author: staff.admin.id, at: '2000-01-01T00:00:00.000Z' }
    expect((await patch('careers2', id, { notes: [forged, { text: 'Second' }] })).status).toBe(200)
    const notes = await notesOf(id)
    expect(notes.map(({ text, author }) => [text, author])).toEqual([['First', staff.careers.id], ['Second', staff.careers2.id]])
    expect(notes[0].at).toBe(first.at)
  })
})

describe('allocation and routing', () => {
  const assignees: Array<[keyof Staff, boolean]> = [
    ['careers', true],
    ['careers2', true],
    ['admin', true],
    ['individual', false],
    ['editor', false],
    ['manager', false],
  ]

  it.each(assignees)('a case worker assigning a Careers referral to %s: allowed=%s', async (who, allowed) => {
    const { id } = await newReferral(payload)
    const response = await patch('careers', id, { assignee: staff[who].id })
    expect(response.status).toBe(allowed ? 200 : 400)
    if (!allowed) expect(fieldErrors(response.json).assignee).toMatch(/case worker of its service/)
    expect((await stored(id)).assignee ?? null).toBe(allowed ? staff[who].id : null)
  })

  it.each([['an unknown id', 999_999], ['a word', 'abc'], ['an object', { id: 'x' }], ['a list', [1]]])(
    'answers 400, not 5xx, to an assignee that is %s',
    async (_, assignee) => {
      const { id } = await newReferral(payload)
      const response = await patch('careers', id, { assignee })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.json).assignee).toMatch(/case worker of its service/)
      expect((await stored(id)).assignee ?? null).toBeNull()
    },
  )

  it.each([['no service', null], ['an unknown service', 999_999], ['a word', 'abc'], ['a list', [1]], ['an object', { id: 'x' }]])(
    'answers 400, not 5xx, to re-routing to %s',
    async (_, routedService) => {
      const { id } = await newReferral(payload)
      const response = await patch('admin', id, { routedService })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.json).routedService).toBe('Choose the service this referral goes to.')
      expect((await stored(id)).routedService).toBe(services.careers)
    },
  )

  it('never routes a referral to no service, even from trusted server code', async () => {
    const { id } = await newReferral(payload)
    await expect(payload.update({ collection: 'submissions', id, data: { routedService: null } })).rejects.toMatchObject({ status: 400 })
    expect((await stored(id)).routedService).toBe(services.careers)
  })

  it('re-routing clears a holder who is not a case worker of the new service, and keeps an admin', async () => {
    const { id } = await newReferral(payload)
    await patch('careers', id, { assignee: staff.careers.id })
    expect((await patch('careers', id, { routedService: services.individual })).status).toBe(200)
    expect(await stored(id)).toMatchObject({ routedService: services.individual, assignee: null })
    expect((await patch('careers', id, { routedService: services.careers })).status).toBeGreaterThanOrEqual(403)
    expect((await patch('individual', id, { routedService: services.careers, assignee: staff.admin.id })).status).toBe(200)
    expect((await patch('admin', id, { routedService: services.individual })).status).toBe(200)
    expect(await stored(id)).toMatchObject({ routedService: services.individual, assignee: staff.admin.id })
    expect(await caseAuditOf(payload, id)).toEqual([
      { operation: 'assignee', from: '', to: String(staff.careers.id), user: staff.careers.id },
      { operation: 'assignee', from: String(staff.careers.id), to: '', user: staff.careers.id },
      { operation: 'service', from: String(services.careers), to: String(services.individual), user: staff.careers.id },
      { operation: 'assignee', from: '', to: String(staff.admin.id), user: staff.individual.id },
      { operation: 'service', from: String(services.individual), to: String(services.careers), user: staff.individual.id },
      { operation: 'service', from: String(services.careers), to: String(services.individual), user: staff.admin.id },
    ])
  })

  it('lets a case worker of the service and an admin change the priority, and no one else', async () => {
    const { id } = await newReferral(payload)
    expect((await patch('careers2', id, { priority: 'urgent' })).status).toBe(200)
    expect((await patch('admin', id, { priority: 'normal' })).status).toBe(200)
    for (const who of ['individual', 'editor', 'manager'] as const) expect((await patch(who, id, { priority: 'urgent' })).status).toBeGreaterThanOrEqual(403)
    expect((await stored(id)).priority).toBe('normal')
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { CALLERS, type Caller } from './cells'
import type { Id, World } from './world'

const { startPayload } = await import('../../helpers/payload')
const { callGraphql, callRest } = await import('../../helpers/apiRoutes')
const { newReferral } = await import('../../helpers/casework')
const { makeWorld, headersOf } = await import('./world')

const running = startPayload()
let payload: Payload
let world: World
let referral: Id

// One referral routed to the first case worker's service, with a case note.
beforeAll(async () => {
  payload = await running
  world = await makeWorld(payload)
  referral = (await newReferral(payload, 'careers')).id
  await payload.update({ collection: 'submissions', id: referral, data: { notes: [{ text: 'Worried about exams' }] } })
  await payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'submissions', value: referral }, user: { relationTo: 'users', value: world.owner.id } } as never })
})
afterAll(async () => (await running).destroy())

const SENSITIVE = ['answers', 'notes', 'applicantName', 'applicantEmail'] as const
type Seen = string
/** The sensitive fields that came back on the referral, or the status when it did not. */
const fieldsOf = (status: number, doc: Record<string, unknown> | undefined): Seen =>
  doc ? SENSITIVE.filter((field) => doc[field] !== undefined && doc[field] !== null).join(',') || 'none' : String(status)

type Ask = (caller: Caller) => Promise<Seen>
const restDoc = (path: (id: Id) => string, many: boolean): Ask => async (caller) => {
  const answer = await callRest({ method: 'GET', path: path(referral), headers: headersOf(world, caller) })
  const json = JSON.parse(answer.text) as Record<string, unknown> & { docs?: Array<Record<string, unknown>> }
  if (answer.status !== 200) return String(answer.status)
  if (!many) return fieldsOf(answer.status, json)
  const doc = json.docs?.find((each) => String(each.id) === String(referral))
  return doc ? fieldsOf(answer.status, doc) : 'none'
}
const graphqlDoc: Ask = async (caller) => {
  const query = `{ Submission(id: ${referral}) { id answers applicantName applicantEmail notes { text } } }`
  const json = JSON.parse((await callGraphql(query, headersOf(world, caller))).text) as { data?: { Submission?: Record<string, unknown> | null }; errors?: Array<{ extensions?: { statusCode?: number } }> }
  return json.data?.Submission ? fieldsOf(200, json.data.Submission) : String(json.errors?.[0]?.extensions?.statusCode)
}
const ALL = SENSITIVE.join(',')

// What each caller gets:  anonymous, editor, caseworker, otherCaseworker, manager, admin
// (a list that answers 200 without the referral reads "none" in its place).
const table: Array<[string, Ask, Seen[]]> = [
  ['REST read by id', restDoc((id) => `submissions/${id}?depth=0`, false), ['403', '403', ALL, '404', '403', ALL]],
  ['REST list', restDoc(() => 'submissions?depth=0', true), ['403', '403', ALL, 'none', '403', ALL]],
  ['GraphQL read by id', graphqlDoc, ['403', '403', ALL, '404', '403', ALL]],
  ['REST select of the sensitive fields', restDoc((id) => `submissions/${id}?depth=0&select[answers]=true&select[notes]=true&select[applicantName]=true&select[applicantEmail]=true`, false),
    ['403', '403', ALL, '404', '403', ALL]],
  ['REST where on the applicant’s email', restDoc(() => 'submissions?depth=0&where[applicantEmail][equals]=amira@example.org', true), ['403', '403', ALL, 'none', '403', ALL]],
  ['REST sort on the applicant’s name', restDoc(() => 'submissions?depth=0&sort=applicantName', true), ['403', '403', ALL, 'none', '403', ALL]],
]

describe('sensitive fields of a referral (answers, notes, applicant name and email), per caller', () => {
  it.each(table)('%s', async (_name, ask, row) => {
    const actual: Record<string, Seen> = {}
    for (const caller of CALLERS) actual[caller] = await ask(caller)
    expect(actual).toEqual(Object.fromEntries(CALLERS.map((caller, index) => [caller, row[index]])))
  })
})

describe('no way round through another collection’s relationship to referrals', () => {
  it.each([
    'payload-locked-documents?depth=0&where[document.answers.firstName][equals]=Amira',
    'payload-locked-documents?depth=0&where[document.value.answers.firstName][equals]=Amira',
    'payload-locked-documents?depth=0&where[document.notes.text][like]=worried',
    'audit-log?depth=0&where[submission.answers.firstName][equals]=Amira',
    'referral-stats?depth=0&where[referral.answers.firstName][equals]=Amira',
  ])('GET /api/%s finds nothing for staff who may not query answers', async (path) => {
    for (const caller of ['editor', 'otherCaseworker', 'manager'] as const) {
      const answer = await callRest({ method: 'GET', path, headers: headersOf(world, caller) })
      expect(answer.status).toBeLessThan(500)
      if (answer.status === 200) expect((JSON.parse(answer.text) as { totalDocs: number }).totalDocs).toBe(0)
    }
  })

  it('the populated lock shows neither the referral nor its holder to a member of staff who may not read them', async () => {
    const answer = await callRest({ method: 'GET', path: 'payload-locked-documents?depth=2', headers: headersOf(world, 'manager') })
    expect(answer.status).toBe(200)
    expect(answer.text).not.toMatch(/Amira|amira@example\.org|Worried|owner@access\.test/)
  })
})

describe('deleting a referral through the API', () => {
  it('answers 200 to an admin and is audited by reference, the deleted row no longer linked', async () => {
    const doomed = await newReferral(payload, 'careers')
    const answer = await callRest({ method: 'DELETE', path: `submissions/${doomed.id}`, headers: headersOf(world, 'admin') })
    expect(answer.status).toBe(200)
    const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ reference: { equals: doomed.reference } }, { operation: { equals: 'delete' } }] }, depth: 0 })
    expect(docs).toEqual([expect.objectContaining({ userEmail: world.accounts.admin.email, submission: null })])
  })
})

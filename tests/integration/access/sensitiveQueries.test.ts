import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { CALLERS, type Caller } from './cells'
import type { World } from './world'

const { startPayload } = await import('../../helpers/payload')
const { callGraphql, callRest } = await import('../../helpers/apiRoutes')
const { newReferral } = await import('../../helpers/casework')
const { makeWorld, headersOf } = await import('./world')
const { SENSITIVE_QUERY_REFUSED } = await import('@collections/Submissions/hooks/guardSensitiveQuery')

const running = startPayload()
let payload: Payload
let world: World

// Referrals: Amira (Careers Unit, the case worker's), Bea (Careers Unit, with a case note) and
// Amira again (Individual Support Team, the other case worker's).
beforeAll(async () => {
  payload = await running
  world = await makeWorld(payload)
  await newReferral(payload, 'careers')
  const bea = await newReferral(payload, 'careers')
  const answers = { ...(bea.answers as Record<string, unknown>), firstName: 'Bea' }
  await payload.update({ collection: 'submissions', id: bea.id, data: { answers, notes: [{ text: 'Worried about exams' }] } })
  await newReferral(payload, 'wellbeing')
})
afterAll(async () => (await running).destroy())

const sensitiveEntries = async () =>
  (await payload.find({ collection: 'audit-log', where: { operation: { equals: 'sensitive-query' } }, sort: '-id', limit: 100, depth: 0 })).docs

/** How many referrals a query found (totalDocs), or its refusal; and the audit entries it wrote. */
type Seen = { status: number; total?: number; message?: string }
const REFUSED: Seen = { status: 403, message: SENSITIVE_QUERY_REFUSED }
const found = (total: number): Seen => ({ status: 200, total })

type Query = { name: string; fields: string; operation: string; ask: (caller: Caller) => Promise<Seen> }
const rest = (path: string) => async (caller: Caller): Promise<Seen> => {
  const answer = await callRest({ method: 'GET', path, headers: headersOf(world, caller) })
  const json = JSON.parse(answer.text) as { totalDocs?: number; errors?: Array<{ message: string }> }
  return answer.status === 200 ? { status: 200, total: json.totalDocs } : { status: answer.status, message: json.errors?.[0]?.message }
}
const graphql = (field: string, query: string) => async (caller: Caller): Promise<Seen> => {
  const answer = await callGraphql(query, headersOf(world, caller))
  const json = JSON.parse(answer.text) as { data?: Record<string, { totalDocs: number } | null>; errors?: Array<{ message: string; extensions?: { statusCode?: number } }> }
  const error = json.errors?.[0]
  if (error) return { status: error.extensions?.statusCode ?? 500, message: error.message }
  return { status: 200, total: json.data?.[field]?.totalDocs }
}

// Each query with what each caller gets:  anonymous, editor, caseworker, otherCaseworker, manager, admin
// Answers and notes are stored encrypted (src/crypto), so a filter on what they say matches
// nothing even for those allowed to ask; the table proves who may ask, and that asking is audited.
const queries: Array<[Query, Seen[]]> = [
  [{ name: 'REST count where answers', fields: 'answers', operation: 'count', ask: rest('submissions/count?where[answers.firstName][equals]=Amira') },
    [REFUSED, REFUSED, found(0), found(0), REFUSED, found(0)]],
  [{ name: 'REST find where answers', fields: 'answers', operation: 'find', ask: rest('submissions?depth=0&where[answers.firstName][equals]=Amira') },
    [REFUSED, REFUSED, found(0), found(0), REFUSED, found(0)]],
  [{ name: 'REST find where notes, inside or', fields: 'notes', operation: 'find', ask: rest('submissions?depth=0&where[or][0][notes.text][like]=worried') },
    [REFUSED, REFUSED, found(0), found(0), REFUSED, found(0)]],
  [{ name: 'REST find sorted on answers', fields: 'answers', operation: 'find', ask: rest('submissions?depth=0&sort=-answers.firstName') },
    [REFUSED, REFUSED, found(2), found(1), REFUSED, found(3)]],
  [{ name: 'REST count, answers and notes nested in and/or', fields: 'answers,notes', operation: 'count',
    ask: rest('submissions/count?where[and][0][status][equals]=new&where[and][1][or][0][answers.safe][equals]=no&where[and][1][or][1][notes.text][exists]=true') },
    [REFUSED, REFUSED, found(1), found(0), REFUSED, found(1)]],
  [{ name: 'GraphQL count where notes', fields: 'notes', operation: 'count',
    ask: graphql('countSubmissions', '{ countSubmissions(where: { notes__text: { like: "worried" } }) { totalDocs } }') },
    [REFUSED, REFUSED, found(0), found(0), REFUSED, found(0)]],
  [{ name: 'GraphQL find sorted on answers', fields: 'answers', operation: 'find',
    ask: graphql('Submissions', '{ Submissions(sort: "answers.firstName") { totalDocs } }') },
    [REFUSED, REFUSED, found(2), found(1), REFUSED, found(3)]],
]

describe('queries that filter, sort or count on answers or notes', () => {
  it.each(queries.map(([query, row]) => [query.name, query, row] as const))('%s', async (_name, query, row) => {
    const actual: Record<string, Seen> = {}
    for (const caller of CALLERS) {
      const before = (await sensitiveEntries()).length
      const seen = await query.ask(caller)
      const entries = await sensitiveEntries()
      actual[caller] = seen
      if (seen.status === 200) {
        // Exactly one entry per query, naming who asked, what on and how, never the values asked for.
        expect(entries.length - before).toBe(1)
        expect(entries[0]).toMatchObject({ userEmail: world.accounts[caller as Exclude<Caller, 'anonymous'>].email, submission: null })
        expect(entries[0].details).toEqual({ collection: 'submissions', fields: query.fields, operation: query.operation })
        expect(JSON.stringify(entries[0])).not.toMatch(/Amira|worried/i)
      } else {
        expect(entries.length - before).toBe(0)
      }
    }
    expect(actual).toEqual(Object.fromEntries(CALLERS.map((caller, index) => [caller, row[index]])))
  })

  it('holds for server code acting for someone (Local API, access enforced), not for trusted server code', async () => {
    const manager = { ...(await payload.findByID({ collection: 'users', id: world.accounts.manager.id, depth: 0 })), collection: 'users' as const }
    const caseworker = { ...(await payload.findByID({ collection: 'users', id: world.accounts.caseworker.id, depth: 0 })), collection: 'users' as const }
    const where = { 'answers.firstName': { equals: 'Amira' } }
    await expect(payload.count({ collection: 'submissions', where, user: manager, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const before = (await sensitiveEntries()).length
    // Allowed and audited; it finds nothing, because the answers are stored encrypted.
    expect((await payload.count({ collection: 'submissions', where, user: caseworker, overrideAccess: false })).totalDocs).toBe(0)
    expect((await sensitiveEntries()).length).toBe(before + 1)
    expect((await payload.count({ collection: 'submissions', where })).totalDocs).toBe(0)
    expect((await sensitiveEntries()).length).toBe(before + 1)
  })

  it('leaves queries on other fields alone: no entry, same answers', async () => {
    const before = (await sensitiveEntries()).length
    expect(await rest('submissions/count?where[status][equals]=new')('caseworker')).toEqual(found(2))
    expect(await rest('submissions/count?where[status][equals]=new')('manager')).toMatchObject({ status: 403 })
    expect((await sensitiveEntries()).length).toBe(before)
  })
})

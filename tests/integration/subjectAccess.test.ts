import { createHmac } from 'node:crypto'
import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import type { SubjectAccessReport } from '@/subjectAccess/types'
import { startPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { BYSTANDER, SUBJECT, subjectFixture } from '../helpers/subjectAccess'

jest.setTimeout(180_000)

const running = startPayload()
const api = restClient(config)
let payload: Payload
let fixture: Awaited<ReturnType<typeof subjectFixture>>

beforeAll(async () => {
  payload = await running
  fixture = await subjectFixture(payload, api)
})
afterAll(async () => (await running).destroy())

const get = (query: string, token?: string) => api.request('GET', `subject-access?${query}`, { token })
const subjectAccessEntries = async () =>
  (await payload.find({ collection: 'audit-log', where: { operation: { equals: 'subject-access' } }, sort: 'id', depth: 0, limit: 100 })).docs

describe('who may ask', () => {
  it.each([
    ['anonymous', undefined, 401],
    ['an editor', 'editor', 403],
    ['a manager', 'manager', 403],
    ['a case worker of the routed service', 'careers', 403],
  ] as const)('refuses %s (%s)', async (_, who, status) => {
    const token = who ? fixture.staff[who].token : undefined
    const before = (await subjectAccessEntries()).length
    const answer = await get(`email=${SUBJECT}`, token)
    expect(answer.status).toBe(status)
    expect(JSON.stringify(answer.json)).not.toContain('Pat')
    const erase = await api.request('POST', 'subject-access/erase', { token, body: { email: SUBJECT, confirmEmail: SUBJECT } })
    expect(erase.status).toBe(status)
    expect((await subjectAccessEntries()).length).toBe(before)
    expect(await payload.count({ collection: 'submissions', where: { applicantEmail: { equals: SUBJECT } } })).toEqual({ totalDocs: 2 })
  })
})

describe('GET /api/subject-access', () => {
  it.each([
    ['no address', '', 'Enter an email address'],
    ['a blank address', 'email=%20%20', 'Enter an email address'],
    ['a malformed address', 'email=pat.doe', 'Enter an email address in the correct format, like name@example.com'],
    ['an over-long address', `email=${'a'.repeat(300)}@example.org`, 'Enter an email address in the correct format, like name@example.com'],
  ])('answers %s with 400 and a message on the email field', async (_, query, message) => {
    const answer = await get(query, fixture.staff.admin.token)
    expect(answer).toMatchObject({ status: 400, json: { errors: [{ field: 'email', message }] } })
  })

  it('returns everything held about the person, found by their address in any case, as a JSON download', async () => {
    const answer = await get(`email=${encodeURIComponent(' PAT.Doe@example.ORG ')}`, fixture.staff.admin.token)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="subject-access-\d{4}-\d{2}-\d{2}\.json"$/)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const report = answer.json as unknown as SubjectAccessReport
    expect(report.email).toBe(SUBJECT)
    expect(report.referrals.map((referral) => referral.reference).sort()).toEqual([fixture.careers.reference, fixture.wellbeing.reference].sort())
    expect(JSON.stringify(report)).not.toContain(fixture.bystander.reference)
    expect(JSON.stringify(report)).not.toContain(BYSTANDER)
    const careers = report.referrals.find((referral) => referral.reference === fixture.careers.reference)!
    const wellbeing = report.referrals.find((referral) => referral.reference === fixture.wellbeing.reference)!
    expect(careers.answers).toEqual(
      expect.arrayContaining([
        { page: 'About you', question: 'What is your email address?', answer: SUBJECT, risk: false },
        { page: 'Support', question: 'What would you like help with?', answer: 'Careers', risk: false },
      ]),
    )
    expect(wellbeing.answers).toContainEqual({ page: 'More about you', question: 'Tell us more', answer: 'Private <b>health</b> details', risk: false })
    expect(careers.notes).toEqual([{ text: 'Called Pat <about> rota', author: expect.stringContaining('careers@'), at: expect.any(String) }])
    expect(careers.service).toBe('Careers Unit')
    expect(careers.stageHistory).toEqual([{ stage: 'New', at: careers.submittedAt }])
    expect(careers.emails.sent.map((email) => email.email)).toEqual(['Confirmation to the trainee', 'Service notification', 'Urgent duty notification'])
    expect(careers.emails.jobs).toEqual([{ kind: 'Confirmation to the trainee', state: 'waiting', tries: 0, queuedAt: expect.any(String), error: null }])
    // The case worker's update read the referral: that read is in its audit trail, by who and how.
    expect(careers.auditEntries).toContainEqual(expect.objectContaining({ by: expect.stringContaining('careers@'), operation: 'update' }))
    expect(report.formSessions).toEqual([{ form: 'casework-referral', startedAt: expect.any(String), expiresAt: expect.any(String), answers: { firstName: 'P', email: 'Pat.Doe@Example.org' } }])
    expect(report.counts).toEqual({ referrals: 2, answers: expect.any(Number), notes: 1, emailJobs: 1, auditEntries: expect.any(Number), formSessions: 1 })
  })

  it('audits each search and download with a keyed hash of the address and the counts, never the address', async () => {
    await get(`email=${SUBJECT}`, fixture.staff.admin.token)
    await fetchHtml(`email=${SUBJECT}&format=html`, fixture.staff.admin.token)
    const [json, html] = (await subjectAccessEntries()).slice(-2)
    const hash = createHmac('sha256', String(process.env.PAYLOAD_SECRET)).update(SUBJECT).digest('hex')
    expect(json).toMatchObject({ user: fixture.staff.admin.id, operation: 'subject-access', details: { emailHash: hash, format: 'json', referrals: 2, notes: 1, formSessions: 1, emailJobs: 1 } })
    expect(html).toMatchObject({ details: { emailHash: hash, format: 'html' } })
    for (const entry of [json, html]) expect(JSON.stringify(entry)).not.toMatch(/pat\.doe|example\.org|Pat/i)
  })

  it('prints as one self-contained HTML page with every value escaped', async () => {
    const response = await fetchHtml(`email=${SUBJECT}&format=html`, fixture.staff.admin.token)
    expect(response.status).toBe(200)
    expect(response.type).toBe('text/html; charset=utf-8')
    const html = response.text
    for (const text of [fixture.careers.reference, 'What is your email address?', 'Called Pat &lt;about&gt; rota', 'Private &lt;b&gt;health&lt;/b&gt; details', '@media print']) expect(html).toContain(text)
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/|<b>health/)
  })

  it('answers an address nobody used with empty lists', async () => {
    const answer = await get('email=nobody@example.org', fixture.staff.admin.token)
    expect(answer.json).toMatchObject({ referrals: [], formSessions: [], counts: { referrals: 0, formSessions: 0 } })
  })
})

/** The HTML download as text (the JSON client would try to parse it). */
async function fetchHtml(query: string, token: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const response = await REST_GET(config)(new Request(`http://localhost/api/subject-access?${query}`, { headers: { authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: ['subject-access'] }),
  })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

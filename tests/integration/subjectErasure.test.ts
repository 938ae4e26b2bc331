import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { loadCasework } from '@/admin/casework/loadCasework'
import { lookUpReferralStatus } from '@/referralStatus/lookup'
import { startPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { BYSTANDER, SUBJECT, subjectFixture } from '../helpers/subjectAccess'

jest.setTimeout(180_000)

const running = startPayload()
const api = restClient(config)
let payload: Payload
let fixture: Awaited<ReturnType<typeof subjectFixture>>
let clients = 0

beforeAll(async () => {
  payload = await running
  fixture = await subjectFixture(payload, api)
})
afterAll(async () => (await running).destroy())

const erase = (body: unknown, token = fixture.staff.admin.token) => api.request('POST', 'subject-access/erase', { token, body })
const count = async (collection: 'submissions' | 'form-sessions' | 'payload-jobs' | 'referral-stats' | 'audit-log') => (await payload.count({ collection })).totalDocs
const erasures = async () => (await payload.find({ collection: 'audit-log', where: { operation: { equals: 'erasure' } }, depth: 0, limit: 10 })).docs

/** A form post from the admin view, as a browser without JavaScript sends it. */
async function formPost(fields: Record<string, string>) {
  const request = new Request('http://localhost/api/subject-access/erase', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `JWT ${fixture.staff.admin.token}` },
    body: new URLSearchParams(fields).toString(),
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['subject-access', 'erase'] }) })
  return { status: response.status, location: response.headers.get('location') ?? '' }
}

const status = (reference: string, email: string) => lookUpReferralStatus(payload, { reference, email }, `198.51.100.${(clients += 1)}`, 0)

const queuedReferences = async (user: TypedUser) => {
  const data = await loadCasework(await createLocalReq({ user }, payload), user, 'unallocated', 1, new Date())
  return data.rows.map((row) => row.reference)
}
const admin = async () => ({ ...(await payload.findByID({ collection: 'users', id: fixture.staff.admin.id })), collection: 'users' as const })

describe('refused erasures change nothing', () => {
  it.each([
    ['no address', {}, 400, 'email', 'Enter an email address'],
    ['a malformed address', { email: 'pat.doe', confirmEmail: 'pat.doe' }, 400, 'email', 'Enter an email address in the correct format, like name@example.com'],
    ['no confirmation', { email: SUBJECT, confirmEmail: ' ' }, 400, 'confirmEmail', 'Enter the email address again to confirm the erasure'],
    ['a confirmation that differs', { email: SUBJECT, confirmEmail: 'pat.doe@example.com' }, 400, 'confirmEmail', 'The email addresses do not match'],
    ['an address nobody used', { email: 'nobody@example.org', confirmEmail: 'NOBODY@example.org' }, 404, 'email', 'We hold no referrals or forms in progress for this email address'],
  ])('%s', async (_, body, code, field, message) => {
    const before = await Promise.all([count('submissions'), count('form-sessions'), count('payload-jobs')])
    expect(await erase(body)).toMatchObject({ status: code, json: { errors: [{ field, message }] } })
    expect(await Promise.all([count('submissions'), count('form-sessions'), count('payload-jobs')])).toEqual(before)
    expect(await erasures()).toEqual([])
  })

  it('sends a form post back to the view with the problem, not a JSON error', async () => {
    const answer = await formPost({ email: SUBJECT, confirmEmail: 'someone@example.org' })
    expect(answer.status).toBe(303)
    expect(answer.location).toBe(`/admin/subject-access?email=${encodeURIComponent(SUBJECT)}&eraseError=mismatch`)
    expect(await payload.count({ collection: 'submissions', where: { applicantEmail: { equals: SUBJECT } } })).toEqual({ totalDocs: 2 })
  })

  it('refuses a body that is neither JSON nor a form', async () => {
    const answer = await api.request('POST', 'subject-access/erase', { token: fixture.staff.admin.token, body: undefined, headers: { 'content-type': 'text/plain' } })
    expect(answer.status).toBe(415)
  })
})

describe('an erasure', () => {
  let auditBefore = 0
  let statsBefore = 0

  beforeAll(async () => {
    expect(await queuedReferences(await admin())).toEqual(expect.arrayContaining([fixture.careers.reference, fixture.bystander.reference]))
    expect((await status(fixture.careers.reference, SUBJECT)).kind).toBe('found')
    auditBefore = await count('audit-log')
    statsBefore = await count('referral-stats')
  })

  it('deletes the person’s referrals, notes, forms in progress and queued emails, and says how many', async () => {
    const answer = await erase({ email: 'Pat.Doe@example.org', confirmEmail: ` ${SUBJECT.toUpperCase()} ` })
    expect(answer).toMatchObject({ status: 200, json: { erased: { referrals: 2, notes: 1, formSessions: 1, emailJobs: 1, referralStatsKept: 2 } } })
    expect(await payload.count({ collection: 'submissions', where: { reference: { in: [fixture.careers.reference, fixture.wellbeing.reference] } } })).toEqual({ totalDocs: 0 })
    expect(await payload.count({ collection: 'form-sessions', where: { tokenHash: { equals: 'subject-session' } } })).toEqual({ totalDocs: 0 })
    const jobs = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendEmail' } }, depth: 0 })).docs
    expect(jobs.map((job) => (job.input as { submissionId: string }).submissionId)).toEqual([String(fixture.bystander.id)])
  })

  it('leaves everyone else’s data alone', async () => {
    expect((await payload.findByID({ collection: 'submissions', id: fixture.bystander.id, depth: 0 })).applicantEmail).toBe(BYSTANDER)
    expect(await payload.count({ collection: 'form-sessions', where: { tokenHash: { equals: 'bystander-session' } } })).toEqual({ totalDocs: 1 })
  })

  it('takes the referrals out of the case-work queues and the status page', async () => {
    const references = await queuedReferences(await admin())
    expect(references).not.toContain(fixture.careers.reference)
    expect(references).toContain(fixture.bystander.reference)
    expect((await status(fixture.careers.reference, SUBJECT)).kind).toBe('not-found')
    expect((await status(fixture.bystander.reference, BYSTANDER)).kind).toBe('found')
  })

  it('keeps the de-identified report rows, unlinked, so totals do not change', async () => {
    expect(await count('referral-stats')).toBe(statsBefore)
    const rows = (await payload.find({ collection: 'referral-stats', depth: 0, sort: 'id' })).docs
    expect(rows.map((row) => row.referral ?? null)).toEqual([null, null, fixture.bystander.id])
  })

  it('keeps the audit entries about the referrals and records the erasure without the person’s details', async () => {
    const trail = (await payload.find({ collection: 'audit-log', where: { reference: { equals: fixture.careers.reference } }, sort: 'id', depth: 0 })).docs
    // The case worker's note (a read and an update) before; the administrator's delete, audited like any other.
    expect(trail.map((item) => item.operation)).toEqual(expect.arrayContaining(['update', 'delete']))
    expect(trail.find((item) => item.operation === 'delete')).toMatchObject({ user: fixture.staff.admin.id })
    expect(await count('audit-log')).toBeGreaterThan(auditBefore)
    const [entry] = await erasures()
    expect(entry).toMatchObject({
      user: fixture.staff.admin.id,
      userEmail: fixture.staff.admin.email,
      operation: 'erasure',
      details: { referrals: 2, notes: 1, formSessions: 1, emailJobs: 1, referralStatsKept: 2 },
    })
    expect(entry.submission ?? null).toBeNull()
    expect(JSON.stringify(entry)).not.toMatch(/pat|example\.org/i)
  })

  it('finds nothing afterwards', async () => {
    const answer = await api.request('GET', `subject-access?email=${SUBJECT}`, { token: fixture.staff.admin.token })
    expect(answer.json).toMatchObject({ counts: { referrals: 0, formSessions: 0, notes: 0 } })
  })

  it('from the view’s form post, sends the browser back with the counts and no address', async () => {
    const answer = await formPost({ email: BYSTANDER, confirmEmail: BYSTANDER })
    expect(answer.status).toBe(303)
    expect(answer.location).toBe('/admin/subject-access?erased=1&referrals=1&notes=0&formSessions=1&emailJobs=1')
    expect(await payload.count({ collection: 'submissions' })).toEqual({ totalDocs: 0 })
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { STATUS_LOOKUP_RATE_LIMIT } from '@/rateLimit'
import { lookUpReferralStatus, STATUS_LOOKUP_MIN_MS } from '@/referralStatus/lookup'
import { submitReferral } from '@/submissions/submit'
import { startPayload } from '../helpers/payload'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'

jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let reference = ''
let closedReference = ''
let clients = 0
/** A fresh client address per lookup, so only the throttling test meets the limit. */
const freshClient = () => `203.0.113.${(clients += 1)}`

const NOT_FOUND_KEYS = ['kind', 'values']

async function submit(answers: Record<string, unknown>): Promise<string> {
  const result = await submitReferral(payload, { slug: 'status-referral', body: { answers }, sendEmailsNow: false })
  if (result.status !== 201) throw new Error(JSON.stringify(result))
  return result.reference
}

const idOf = async (ref: string) =>
  (await payload.find({ collection: 'submissions', where: { reference: { equals: ref } }, limit: 1, depth: 0 })).docs[0].id

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'status-referral')
  reference = await submit(validAnswers({ email: 'Amira.Khan@example.org', details: 'Private health details' }))
  closedReference = await submit(validAnswers({ email: 'sam@example.org' }))
  await payload.update({
    collection: 'submissions',
    id: await idOf(closedReference),
    // The server stamps closedAt from its clock when the referral is closed.
    data: { status: 'closed', outcome: 'support-completed', notes: [{ text: 'Staff-only note' }] },
  })
})
afterAll(async () => (await running).destroy())

const auditCount = async () => (await payload.count({ collection: 'audit-log' })).totalDocs

describe('referral status lookup', () => {
  it('finds a referral by its reference and the email address, in any case, and words its stage', async () => {
    const result = await lookUpReferralStatus(payload, { reference: reference.toLowerCase(), email: ' amira.khan@EXAMPLE.org ' }, freshClient())
    const stored = (await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, depth: 0 })).docs[0]
    expect(result).toEqual({ kind: 'found', reference, status: { stage: 'new', description: 'We have received your referral', changedAt: stored.submittedAt } })
  })

  it('shows a closed referral with its outcome and the date of the last change, and nothing staff wrote', async () => {
    const result = await lookUpReferralStatus(payload, { reference: closedReference, email: 'sam@example.org' }, freshClient())
    const stored = (await payload.find({ collection: 'submissions', where: { reference: { equals: closedReference } }, depth: 0 })).docs[0]
    expect(stored.closedAt).toBeTruthy()
    expect(result).toMatchObject({ kind: 'found', status: { stage: 'closed', description: 'Closed: Support completed', changedAt: stored.closedAt } })
    expect(JSON.stringify(result)).not.toMatch(/Staff-only|Amira|careers|sam@example/)
  })

  it('compares against the plain applicant email copy first, and the answer only when it is empty', async () => {
    const id = await idOf(closedReference)
    await payload.update({ collection: 'submissions', id, data: { applicantEmail: 'sam.new@example.org' } })
    const byCopy = await lookUpReferralStatus(payload, { reference: closedReference, email: 'SAM.NEW@example.org' }, freshClient())
    const byAnswer = await lookUpReferralStatus(payload, { reference: closedReference, email: 'sam@example.org' }, freshClient())
    await payload.update({ collection: 'submissions', id, data: { applicantEmail: '' } })
    expect(byCopy.kind).toBe('found')
    expect(byAnswer.kind).toBe('not-found')
  })

  it.each([
    ['a wrong email address', () => ({ reference, email: 'someone.else@example.org' })],
    ['an unknown reference', () => ({ reference: 'ZZZZ2222', email: 'amira.khan@example.org' })],
    ["another referral's email address", () => ({ reference, email: 'sam@example.org' })],
  ])('answers %s with the same not-found message, after the same minimum time', async (_, input) => {
    const started = Date.now()
    const result = await lookUpReferralStatus(payload, input(), freshClient())
    expect(Date.now() - started).toBeGreaterThanOrEqual(STATUS_LOOKUP_MIN_MS - 5)
    expect(result).toEqual({ kind: 'not-found', values: input() })
    expect(Object.keys(result)).toEqual(NOT_FOUND_KEYS)
  })

  it.each([
    [{}, ['Enter your reference number', 'Enter the email address you gave in your application']],
    [{ reference: 'K7PX', email: 'not-an-email' }, ['Enter your reference number as it appears in your email, like K7PX2MRQ', 'Enter an email address in the correct format, like name@example.com']],
    [{ reference: ['K7PX2MRQ'], email: { $ne: '' } }, ['Enter your reference number', 'Enter the email address you gave in your application']],
  ])('explains what is wrong with %j, without a lookup or a point taken', async (input, messages) => {
    const client = freshClient()
    for (let index = 0; index < STATUS_LOOKUP_RATE_LIMIT.points + 1; index += 1) {
      const result = await lookUpReferralStatus(payload, input, client)
      expect(result.kind === 'invalid' && result.errors.map((error) => error.message)).toEqual(messages)
    }
    expect((await lookUpReferralStatus(payload, { reference, email: 'amira.khan@example.org' }, client)).kind).toBe('found')
  })

  it('stops after 5 lookups in 10 minutes from one client, even for the right pair, and not for others', async () => {
    const client = freshClient()
    const kinds = []
    for (let index = 0; index < 5; index += 1) kinds.push((await lookUpReferralStatus(payload, { reference: 'ZZZZ2222', email: 'a@example.org' }, client, 0)).kind)
    expect(kinds).toEqual(Array(5).fill('not-found'))
    expect(await lookUpReferralStatus(payload, { reference, email: 'amira.khan@example.org' }, client, 0)).toEqual({ kind: 'throttled' })
    expect((await lookUpReferralStatus(payload, { reference, email: 'amira.khan@example.org' }, freshClient(), 0)).kind).toBe('found')
  })

  it('writes no staff audit entry', async () => {
    const before = await auditCount()
    await lookUpReferralStatus(payload, { reference, email: 'amira.khan@example.org' }, freshClient(), 0)
    await lookUpReferralStatus(payload, { reference, email: 'wrong@example.org' }, freshClient(), 0)
    expect(await auditCount()).toBe(before)
  })
})

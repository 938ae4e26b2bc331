import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { isReference } from '@/submissions/reference'
import { submitReferral } from '@/submissions/submit'
import { startPayload } from '../helpers/payload'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let fixture: Awaited<ReturnType<typeof publishReferralForm>>

beforeAll(async () => {
  payload = await running
  fixture = await publishReferralForm(payload, 'test-referral')
})
afterAll(async () => (await running).destroy())

const submit = (body: unknown, extra: Partial<Parameters<typeof submitReferral>[1]> = {}) =>
  submitReferral(payload, { slug: 'test-referral', body, sendEmailsNow: false, ...extra })

const stored = async (reference: string) => {
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, depth: 0 })
  return docs
}

describe('submitReferral', () => {
  it('stores a valid referral with its version, retention, routing and priority', async () => {
    const now = new Date('2025-03-01T10:00:00.000Z')
    const result = await submit({ answers: validAnswers() }, { now })
    expect(result.status).toBe(201)
    const reference = (result as { reference: string }).reference
    expect(isReference(reference)).toBe(true)
    const [doc] = await stored(reference)
    const version = await payload.find({ collection: 'form-versions', where: { slug: { equals: 'test-referral' } }, depth: 0 })
    expect(doc).toMatchObject({
      formSlug: 'test-referral',
      formVersion: version.docs[0].id,
      form: fixture.formId,
      routedService: fixture.careers,
      priority: 'normal',
      status: 'new',
      answers: { firstName: 'Amira', email: 'amira@example.org', topic: 'careers', safe: 'yes' },
      submittedAt: now.toISOString(),
      retainUntil: new Date(now.getTime() + 365 * 86_400_000).toISOString(),
    })
    const jobs = await payload.find({ collection: 'payload-jobs', where: { 'input.submissionId': { equals: String(doc.id) } }, depth: 0 })
    expect(jobs.docs.map((job) => (job.input as { kind: string }).kind).sort()).toEqual(['service', 'trainee'])
  })

  it('marks a risk answer urgent and routes by the default service', async () => {
    const result = await submit({ answers: validAnswers({ topic: 'wellbeing', details: 'Struggling', safe: 'no' }) })
    const [doc] = await stored((result as { reference: string }).reference)
    expect(doc).toMatchObject({ priority: 'urgent', routedService: fixture.individual })
  })
})

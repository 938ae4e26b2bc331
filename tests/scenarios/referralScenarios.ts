import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { queueNewReferralEmails, URGENT_HANDOVER_MS } from '@/submissions/queueEmails'
import { isReference } from '@/submissions/reference'
import { deleteReferralsPastRetention } from '@/submissions/retention'
import { submitReferral } from '@/submissions/submit'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'
import { unset } from '../helpers/unset'

/**
 * Receiving referrals, run on each database adapter: what is stored and with what, the outbox
 * of emails, 422/404/honeypot storing nothing, idempotency (the unique index settling
 * concurrent retries), reference collisions, the eligibility flag and deletion after retention.
 */
export function referralScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  let fixture: Awaited<ReturnType<typeof publishReferralForm>>

  beforeAll(async () => {
    payload = await start()
    fixture = await publishReferralForm(payload, 'test-referral')
  })

  const submit = (body: unknown, extra: Partial<Parameters<typeof submitReferral>[1]> = {}) =>
    submitReferral(payload, { slug: 'test-referral', body, sendEmailsNow: false, ...extra })
  /** The kinds of email jobs queued for a referral, sorted. */
  const emailJobsOf = async (id: string | number) => {
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.submissionId': { equals: String(id) } }, depth: 0 })
    return docs.map((job) => (job.input as { kind: string }).kind).sort()
  }
  const referenceOf = (result: Awaited<ReturnType<typeof submit>>) => {
    if (result.status !== 201) throw new Error(`expected 201, got ${JSON.stringify(result)}`)
    return result.reference
  }
  const stored = async (reference: string) =>
    (await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, depth: 0 })).docs
  const count = async () => (await payload.count({ collection: 'submissions' })).totalDocs

  describe('submitReferral', () => {
    it('stores a valid referral with its version, retention, routing and priority', async () => {
      const now = new Date('2025-03-01T10:00:00.000Z')
      const reference = referenceOf(await submit({ answers: validAnswers() }, { now }))
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
      // Stored as the outbox of its emails: the queue's next sweep queues them, once.
      expect(doc.emailsQueuedAt).toEqual(unset())
      expect(await emailJobsOf(doc.id)).toEqual([])
      await queueNewReferralEmails(payload)
      await queueNewReferralEmails(payload)
      expect(await emailJobsOf(doc.id)).toEqual(['service', 'trainee'])
      expect((await stored(reference))[0].emailsQueuedAt).toEqual(expect.any(String))
    })

    it("leaves an urgent referral's emails to its own request for a minute, then queues them", async () => {
      const [doc] = await stored(referenceOf(await submit({ answers: validAnswers({ safe: 'no' }) })))
      await queueNewReferralEmails(payload)
      expect(await emailJobsOf(doc.id)).toEqual([])
      await queueNewReferralEmails(payload, { now: new Date(Date.now() + URGENT_HANDOVER_MS + 1000) })
      expect(await emailJobsOf(doc.id)).toEqual(['service', 'trainee', 'urgent'])
    })

    it('marks a risk answer urgent and uses the default service when no rule matches', async () => {
      const [doc] = await stored(referenceOf(await submit({ answers: validAnswers({ topic: 'wellbeing', details: 'Struggling', safe: 'no' }) })))
      expect(doc).toMatchObject({ priority: 'urgent', routedService: fixture.individual })
    })

    it('drops answers to questions the trainee was not shown', async () => {
      const [doc] = await stored(referenceOf(await submit({ answers: validAnswers({ details: 'typed, then changed topic' }) })))
      expect(doc.answers).not.toHaveProperty('details')
    })

    it('answers 422 with field errors and stores nothing', async () => {
      const before = await count()
      const result = await submit({ answers: validAnswers({ firstName: '', email: 'not-an-email', extra: 1 }) })
      expect(result.status).toBe(422)
      const fields = result.status === 422 ? result.errors.map((error) => error.field) : []
      expect(fields).toEqual(expect.arrayContaining(['firstName', 'email', 'extra']))
      for (const body of [null, [], 'text', { answers: [] }, { answers: validAnswers(), role: 'admin' }, { answers: validAnswers(), website: 7 }]) {
        expect((await submit(body)).status).toBe(422)
      }
      expect(await count()).toBe(before)
    })

    it('answers 404 for an unknown or unpublished form', async () => {
      await publishReferralForm(payload, 'draft-only', { _status: 'draft' })
      for (const slug of ['no-such-form', 'draft-only', '../etc', 'A'.repeat(500)]) {
        expect(await submitReferral(payload, { slug, body: { answers: validAnswers() } })).toEqual({ status: 404 })
      }
    })

    it('answers a filled honeypot with a reference and stores nothing', async () => {
      const before = await count()
      const result = await submit({ answers: validAnswers(), website: 'http://spam.example' })
      expect(isReference(referenceOf(result))).toBe(true)
      expect(await count()).toBe(before)
    })

    it('stores one referral for a repeated or concurrent idempotency key', async () => {
      const before = await count()
      const body = { answers: validAnswers({ firstName: 'Twice' }) }
      const first = referenceOf(await submit(body, { idempotencyKey: 'click-1' }))
      expect(referenceOf(await submit(body, { idempotencyKey: 'click-1' }))).toBe(first)
      expect(referenceOf(await submit({ ...body, idempotencyKey: 'click-1' }))).toBe(first)
      const together = await Promise.all(Array.from({ length: 5 }, () => submit({ ...body, idempotencyKey: 'click-2' })))
      expect(new Set(together.map(referenceOf)).size).toBe(1)
      expect(await count()).toBe(before + 2)
    })

    it('tries another reference when a new one is already taken', async () => {
      const zeros = () => 0
      const taken = referenceOf(await submit({ answers: validAnswers() }, { random: zeros }))
      expect(taken).toBe('AAAAAAAA')
      let calls = 0
      const collideOnce = (max: number) => (calls++ < 8 ? 0 : max - 1)
      expect(referenceOf(await submit({ answers: validAnswers() }, { random: collideOnce }))).toBe('99999999')
    })

    it('deletes closed referrals past their retention date, and keeps open and recent ones', async () => {
      const longAgo = new Date('2020-01-01T09:00:00.000Z')
      const closedOld = referenceOf(await submit({ answers: validAnswers() }, { now: longAgo }))
      const openOld = referenceOf(await submit({ answers: validAnswers() }, { now: longAgo }))
      const closedRecent = referenceOf(await submit({ answers: validAnswers() }))
      for (const reference of [closedOld, closedRecent]) {
        const [doc] = await stored(reference)
        await payload.update({ collection: 'submissions', id: doc.id, data: { status: 'closed', outcome: 'support-completed' } })
      }
      expect(await deleteReferralsPastRetention(payload)).toBe(1)
      expect(await stored(closedOld)).toHaveLength(0)
      expect(await stored(openOld)).toHaveLength(1)
      expect(await stored(closedRecent)).toHaveLength(1)
    })

    it('records the eligibility outcome of a gated form, storing an ineligible referral flagged', async () => {
      await publishReferralForm(payload, 'gated-referral', { eligibilityGate: true })
      const result = await submitReferral(payload, { slug: 'gated-referral', body: { answers: validAnswers() }, sendEmailsNow: false })
      const [doc] = await stored(referenceOf(result))
      expect(doc.eligibility).toMatchObject({ eligible: false, reason: expect.any(String) })
    })
  })
}

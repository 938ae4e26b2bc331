import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { submitReferral } from '@/submissions/submit'
import { startPayload, userWithRole } from '../helpers/payload'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'

jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
let careersRef = ''
let otherRef = ''

const submit = async (answers: Record<string, unknown>) => {
  const result = await submitReferral(payload, { slug: 'access-referral', body: { answers }, sendEmailsNow: false })
  if (result.status !== 201) throw new Error(JSON.stringify(result))
  return result.reference
}

beforeAll(async () => {
  payload = await running
  const { careers } = await publishReferralForm(payload, 'access-referral')
  const caseworker = await userWithRole(payload, 'caseworker')
  await payload.update({ collection: 'users', id: caseworker.id, data: { services: [careers] } })
  careersRef = await submit(validAnswers())
  otherRef = await submit(validAnswers({ topic: 'wellbeing', details: 'Private health details' }))
})
afterAll(async () => (await running).destroy())

type Who = 'public' | 'admin' | 'editor' | 'caseworker' | 'manager'
const as = async (who: Who) => (who === 'public' ? {} : { user: await userWithRole(payload, who), overrideAccess: false as const })
const refused = (error: unknown) => (error as { status?: number }).status === 403
const visibleTo = async (who: Who) => {
  try {
    const found = await payload.find({ collection: 'submissions', ...(await as(who)), overrideAccess: false, depth: 0 })
    return found.docs.map((doc) => doc.reference).sort()
  } catch (error) {
    if (refused(error)) return 'refused'
    throw error
  }
}
const auditEntries = async () => (await payload.find({ collection: 'audit-log', depth: 0, limit: 100, sort: 'at' })).docs

describe('referral access', () => {
  it('lets admins read all, case workers only their services, and no one else', async () => {
    expect(await visibleTo('admin')).toEqual([careersRef, otherRef].sort())
    expect(await visibleTo('caseworker')).toEqual([careersRef])
    for (const who of ['public', 'editor', 'manager'] as const) expect(await visibleTo(who)).toBe('refused')
  })

  it('refuses creating referrals through the collection, even for admins', async () => {
    for (const who of ['public', 'admin', 'caseworker'] as const) {
      const attempt = payload.create({ collection: 'submissions', ...(await as(who)), overrideAccess: false, data: {} as never })
      await expect(attempt).rejects.toMatchObject({ status: 403 })
    }
  })

  it('lets a case worker update only the referrals routed to them, and never the answers', async () => {
    const options = await as('caseworker')
    const [mine] = (await payload.find({ collection: 'submissions', where: { reference: { equals: careersRef } }, depth: 0 })).docs
    const [theirs] = (await payload.find({ collection: 'submissions', where: { reference: { equals: otherRef } }, depth: 0 })).docs
    const updated = await payload.update({ collection: 'submissions', id: mine.id, ...options, data: { status: 'triaged', answers: { firstName: 'Changed' } } })
    expect(updated).toMatchObject({ status: 'triaged', answers: { firstName: 'Amira' } })
    await expect(payload.update({ collection: 'submissions', id: theirs.id, ...options, data: { status: 'closed' } })).rejects.toBeTruthy()
    await expect(payload.delete({ collection: 'submissions', id: mine.id, ...options })).rejects.toMatchObject({ status: 403 })
  })

  it('never returns the idempotency key, and shows answers and notes to admins and case workers', async () => {
    const [doc] = (await payload.find({ collection: 'submissions', ...(await as('admin')), where: { reference: { equals: careersRef } } })).docs
    expect(doc).not.toHaveProperty('idempotencyKey')
    expect(doc.answers).toMatchObject({ firstName: 'Amira' })
  })

  it('audits every staff read: who, which referral, when and how', async () => {
    const before = (await auditEntries()).length
    const admin = await as('admin')
    const [doc] = (await payload.find({ collection: 'submissions', ...admin, where: { reference: { equals: otherRef } } })).docs
    await payload.findByID({ collection: 'submissions', id: doc.id, ...admin })
    await payload.find({ collection: 'submissions', depth: 0 })
    const entries = (await auditEntries()).slice(before)
    expect(entries).toEqual([
      expect.objectContaining({ userEmail: 'admin@psu.local', submission: doc.id, reference: otherRef, operation: 'list', at: expect.any(String) }),
      expect.objectContaining({ userEmail: 'admin@psu.local', submission: doc.id, reference: otherRef, operation: 'read' }),
    ])
  })

  it('keeps the audit log for admins to read and nobody to change', async () => {
    const [entry] = await auditEntries()
    const admin = await as('admin')
    expect((await payload.find({ collection: 'audit-log', ...admin })).totalDocs).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'audit-log', ...(await as('caseworker')) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'audit-log', id: entry.id, ...admin, data: { operation: 'delete' } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...admin })).rejects.toMatchObject({ status: 403 })
  })
})

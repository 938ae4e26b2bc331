import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { QUEUE_SORT, type QueueName } from '@/casework/queues'
import type { User } from '@/payload-types'
import { countQueues, queueWhere } from '@/submissions/queueCounts'
import { submitReferral } from '@/submissions/submit'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'
import { unset } from '../helpers/unset'

/** Wednesday 2 December 2026, 10:00 GMT: the moment the queues are asked about. */
const NOW = new Date('2026-12-02T10:00:00Z')

/**
 * First contact due times stored on arrival and the case-work queues over a known data set,
 * run on each database adapter. Careers referrals are due in 5 working days, Individual
 * Support ones in 10 (set below), urgent ones in the form's 1. The fixture form asks only a
 * first name, so it alone is the applicant's name.
 */
export function caseworkQueueScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  const ids: Record<string, string | number> = {}
  const users: Record<'admin' | 'careers' | 'individual', User> = {} as never

  const referral = async (label: string, submittedAt: string, answers: Record<string, unknown> = {}) => {
    const result = await submitReferral(payload, { slug: 'queues-referral', body: { answers: validAnswers({ firstName: label, ...answers }) }, now: new Date(submittedAt), sendEmailsNow: false })
    if (result.status !== 201) throw new Error(`expected 201, got ${JSON.stringify(result)}`)
    const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: result.reference } }, depth: 0 })
    ids[label] = docs[0].id
    return docs[0]
  }
  const set = (label: string, data: Record<string, unknown>) => payload.update({ collection: 'submissions', id: ids[label], data, depth: 0 })
  const staff = async (email: string, roles: User['roles'], services: number[]) =>
    (await payload.create({ collection: 'users', data: { email, password: 'a-long-test-password-1', name: email, roles, services }, depth: 0 })) as User
  const serviceId = async (slug: string) => (await payload.find({ collection: 'services', where: { slug: { equals: slug } }, depth: 0 })).docs[0].id as number

  beforeAll(async () => {
    payload = await start()
    await publishReferralForm(payload, 'queues-referral')
    const careers = await serviceId('careers-unit')
    const individual = await serviceId('individual-support-team')
    await payload.update({ collection: 'services', id: individual, data: { firstContactWorkingDays: 10 }, depth: 0 })
    users.admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@psu.local' } }, depth: 0 })).docs[0]
    users.careers = await staff('queues-careers@psu.test', ['caseworker'], [careers])
    users.individual = await staff('queues-individual@psu.test', ['caseworker'], [individual])

    await referral('A', '2026-11-23T09:00:00Z') // due Mon 30 Nov: overdue
    await referral('B', '2026-11-23T09:30:00Z') // contacted: off the clock
    await set('B', { status: 'triaged' })
    await set('B', { status: 'contacted' })
    await referral('C', '2026-11-27T16:00:00Z') // due Fri 4 Dec
    await set('C', { assignee: users.careers.id })
    await referral('D', '2026-12-01T15:00:00Z', { safe: 'no' }) // urgent, due Wed 2 Dec (today)
    await referral('E', '2026-11-30T09:00:00Z', { safe: 'no' }) // urgent, due Tue 1 Dec: overdue
    await set('E', { status: 'triaged', assignee: users.careers.id })
    await referral('F', '2026-11-13T12:00:00Z', { topic: 'wellbeing', details: 'Stressed' }) // Individual Support, 10 days: due Fri 27 Nov
    await referral('G', '2026-11-16T09:00:00Z') // closed
    await set('G', { status: 'closed', outcome: 'support-completed' })
    await referral('H', '2026-12-02T09:00:00Z') // due Wed 9 Dec: next week
  })

  it('stores the first contact due time and the applicant on arrival', async () => {
    const a = await payload.findByID({ collection: 'submissions', id: ids.A, depth: 0 })
    expect(a).toMatchObject({ firstContactDueAt: '2026-11-30T23:59:59.999Z', applicantName: 'A', applicantEmail: 'amira@example.org' })
    const due = async (label: string) => (await payload.findByID({ collection: 'submissions', id: ids[label], depth: 0 })).firstContactDueAt
    expect(await due('D')).toBe('2026-12-02T23:59:59.999Z')
    expect(await due('F')).toBe('2026-11-27T23:59:59.999Z')
  })

  const labelsIn = async (name: QueueName, who: keyof typeof users) => {
    const user = users[who]
    const { docs } = await payload.find({
      collection: 'submissions',
      where: queueWhere(name, { user, now: NOW, closures: [] }),
      sort: QUEUE_SORT,
      user: { ...user, collection: 'users' },
      overrideAccess: false,
      depth: 0,
      limit: 100,
    })
    return docs.map((doc) => Object.keys(ids).find((label) => ids[label] === doc.id))
  }

  it.each([
    ['admin', 'overdue', ['E', 'F', 'A']],
    ['admin', 'dueThisWeek', ['D', 'C']],
    ['admin', 'urgent', ['E', 'D']],
    ['admin', 'unallocated', ['D', 'F', 'A', 'B', 'H']],
    ['admin', 'mine', []],
    ['careers', 'overdue', ['E', 'A']],
    ['careers', 'dueThisWeek', ['D', 'C']],
    ['careers', 'mine', ['E', 'C']],
    ['careers', 'unallocated', ['D', 'A', 'B', 'H']],
    ['individual', 'overdue', ['F']],
    ['individual', 'urgent', []],
  ] as const)('%s sees the %s queue, urgent first then earliest due: %j', async (who, name, expected) => {
    expect(await labelsIn(name, who)).toEqual(expected)
  })

  it('counts every queue at once, within the person’s services', async () => {
    expect(await countQueues(payload, { user: users.careers, now: NOW })).toEqual({ urgent: 2, unallocated: 4, mine: 2, overdue: 2, dueThisWeek: 2 })
    expect(await countQueues(payload, { user: users.individual, now: NOW })).toEqual({ urgent: 0, unallocated: 1, mine: 0, overdue: 1, dueThisWeek: 0 })
  })

  describe('office closure days', () => {
    it('skips a closure day saved in the Working calendar at once', async () => {
      await payload.updateGlobal({ slug: 'working-calendar', data: { closures: [{ date: '2026-12-03T00:00:00.000Z', label: 'Staff training' }] } })
      const urgent = await referral('I', '2026-12-02T11:00:00Z', { safe: 'no' })
      expect(urgent.firstContactDueAt).toBe('2026-12-04T23:59:59.999Z')
      await payload.updateGlobal({ slug: 'working-calendar', data: { closures: [] } })
    })

    it('keeps a referral whose address Payload would refuse, without the email copy', async () => {
      const doc = await referral('J', '2026-12-02T11:00:00Z', { email: 'amira@ex-.com' })
      expect(doc.applicantEmail).toEqual(unset())
      expect(doc.answers).toMatchObject({ email: 'amira@ex-.com' })
    })
  })
}

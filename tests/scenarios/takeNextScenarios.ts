import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import { takeNextReferral } from '@/submissions/takeNext'
import { caseAuditOf, caseworkFixture, newReferral, setRaw, type Staff } from '../helpers/casework'

/**
 * "Take next", run on each database adapter: the queue's order (urgent, then oldest; open,
 * unallocated, own services only), who may take, and concurrent takers never sharing a referral.
 */
export function takeNextScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  let staff: Staff

  beforeAll(async () => {
    payload = await start()
    ;({ staff } = await caseworkFixture(payload))
  })

  const takeNext = async (who: keyof Staff | 'nobody') => {
    const user = who === 'nobody' ? null : { ...(await payload.findByID({ collection: 'users', id: staff[who].id, depth: 0 })), collection: 'users' as const }
    return takeNextReferral(await createLocalReq({ user: user ?? undefined }, payload))
  }
  const referral = async (data: Record<string, unknown>, topic: 'careers' | 'wellbeing' = 'careers') => {
    const doc = await newReferral(payload, topic)
    await setRaw(payload, doc.id, data)
    return doc
  }
  const day = (n: number) => new Date(Date.UTC(2026, 0, n, 9)).toISOString()

  describe('take next', () => {
    it('gives the most urgent, then the oldest, open unallocated referral of the taker’s services', async () => {
      const routine = await referral({ submittedAt: day(5) })
      const routineOlder = await referral({ submittedAt: day(2) })
      const urgent = await referral({ submittedAt: day(9), priority: 'urgent' })
      await referral({ submittedAt: day(1), priority: 'urgent', status: 'closed', outcome: 'no-response' })
      await referral({ submittedAt: day(1), priority: 'urgent', assignee: staff.careers2.id })
      const otherService = await referral({ submittedAt: day(1), priority: 'urgent' }, 'wellbeing')
      const taken = [await takeNext('careers'), await takeNext('careers'), await takeNext('careers'), await takeNext('careers')]
      expect(taken).toEqual([
        { status: 200, id: urgent.id, reference: urgent.reference },
        { status: 200, id: routineOlder.id, reference: routineOlder.reference },
        { status: 200, id: routine.id, reference: routine.reference },
        { status: 404, message: 'No unallocated referrals' },
      ])
      const held = await payload.findByID({ collection: 'submissions', id: urgent.id, depth: 0 })
      expect(held.assignee).toBe(staff.careers.id)
      expect(await caseAuditOf(payload, urgent.id)).toEqual([{ operation: 'assignee', from: '', to: String(staff.careers.id), user: staff.careers.id }])
      expect(await takeNext('individual')).toMatchObject({ status: 200, id: otherService.id })
    })

    it('lets an admin take from any service, and refuses everyone else', async () => {
      const waiting = await referral({}, 'wellbeing')
      expect(await takeNext('admin')).toMatchObject({ status: 200, id: waiting.id })
      expect(await takeNext('nobody')).toMatchObject({ status: 401 })
      for (const who of ['editor', 'manager'] as const) expect(await takeNext(who)).toMatchObject({ status: 403 })
    })

    it('never gives one referral to two people pressing at the same moment', async () => {
      const waiting = await Promise.all([1, 2, 3, 4, 5].map((n) => referral({ submittedAt: day(n) })))
      const takers = Array.from({ length: 10 }, (_, n): keyof Staff => (n % 2 === 0 ? 'careers' : 'careers2'))
      const results = await Promise.all(takers.map((who) => takeNext(who)))
      const won = results.flatMap((result, n) => (result.status === 200 ? [{ id: String(result.id), by: staff[takers[n]].id }] : []))
      expect(won).toHaveLength(5)
      expect(new Set(won.map(({ id }) => id)).size).toBe(5)
      expect(results.filter((result) => result.status === 404)).toHaveLength(5)
      for (const doc of waiting) {
        const winner = won.find(({ id }) => id === String(doc.id))
        expect((await payload.findByID({ collection: 'submissions', id: doc.id, depth: 0 })).assignee).toBe(winner?.by)
        expect(await caseAuditOf(payload, doc.id)).toHaveLength(1)
      }
    })
  })
}

import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { loadReport } from '@/reports/loadReport'
import { backfillReferralStats } from '@/reports/referralStats'
import { move, setClock } from '../helpers/reportFixture'
import { cellsOf, REPORT_FILTERS, REPORT_NOW } from './reportScenarios'

/** What a statistics record may hold: nothing that names the trainee or says what they wrote. */
const STATS_FIELDS = [
  'id', 'referral', 'service', 'formSlug', 'staffGroup', 'region', 'priority', 'stage', 'outcome', 'receivedAt', 'receivedDay', 'firstContactDueAt',
  'triagedAt', 'firstContactAt', 'supportStartedAt', 'closedAt', 'workingDaysToFirstContact', 'contactedWithinDeadline', 'createdAt', 'updatedAt',
]

const later = (minutes: number) => new Date(new Date(REPORT_NOW).getTime() + minutes * 60_000).toISOString()

/**
 * Keeping the figures in step, after reportScenarios on the same database: statistics records
 * de-identified and skipped when nothing counted changes, roll-ups refreshed after changes,
 * totals kept when a referral is deleted, missing records backfilled, and the refreshed
 * roll-ups equal to ones rebuilt from nothing.
 */
export function reportUpkeepScenarios(handles: { ids: () => Record<string, Array<string | number>>; payload: () => Payload }): void {
  const report = () => loadReport(handles.payload(), REPORT_FILTERS, { now: new Date(REPORT_NOW), suppress: false })
  const statsOf = async (id: string | number) =>
    (await handles.payload().find({ collection: 'referral-stats', where: { referral: { equals: id } }, depth: 0, pagination: false })).docs

  describe('keeping the figures in step', () => {
    it('keeps one de-identified record per referral', async () => {
      const payload = handles.payload()
      const { docs } = await payload.find({ collection: 'referral-stats', depth: 0, pagination: false })
      expect(docs).toHaveLength((await payload.count({ collection: 'submissions' })).totalDocs)
      for (const doc of docs) expect(STATS_FIELDS).toEqual(expect.arrayContaining(Object.keys(doc)))
      expect(JSON.stringify(docs)).not.toMatch(/amira|Private/i)
    })

    it('writes nothing when what reports count did not change', async () => {
      const [id] = handles.ids().careers.slice(-1)
      const before = (await statsOf(id))[0].updatedAt
      await move(handles.payload(), later(1), id, { emailsQueuedAt: later(1) })
      expect((await statsOf(id))[0].updatedAt).toBe(before)
    })

    it('refreshes after changes: a re-routed referral leaves its old service, a stage move shows at once', async () => {
      const payload = handles.payload()
      const { wellbeing, careers } = handles.ids()
      const careersUnit = (await payload.findByID({ collection: 'submissions', id: careers[0], depth: 0 })).routedService as number
      await move(payload, later(2), wellbeing[1], { routedService: careersUnit })
      await move(payload, later(3), wellbeing[2], { status: 'triaged' })
      setClock(later(4))
      const view = await report()
      expect(cellsOf(view, 'byService')[String(careersUnit)]).toEqual({ referrals: 11 })
      expect(cellsOf(view, 'byService').total).toEqual({ referrals: 13 })
      expect(cellsOf(view, 'funnel').triaged).toEqual({ referrals: 11, share: 85 })
      expect(cellsOf(view, 'openByStage')).toMatchObject({ new: { referrals: 2 }, triaged: { referrals: 1 } })
    })

    it('keeps the totals when a referral is deleted (retention or erasure): its record stays, unlinked', async () => {
      const payload = handles.payload()
      const [closed] = handles.ids().careers
      const records = (await payload.count({ collection: 'referral-stats' })).totalDocs
      setClock(later(5))
      await payload.delete({ collection: 'submissions', id: closed })
      expect((await payload.count({ collection: 'referral-stats' })).totalDocs).toBe(records)
      expect(await statsOf(closed)).toHaveLength(0)
      expect((await payload.count({ collection: 'referral-stats', where: { referral: { exists: false } } })).totalDocs).toBe(1)
      const view = await report()
      expect(cellsOf(view, 'received').total).toEqual({ urgent: 3, routine: 10, total: 13 })
      expect(cellsOf(view, 'outcomes').total).toEqual({ referrals: 6 })
    })

    it('backfills referrals that have no record, once', async () => {
      const payload = handles.payload()
      const id = handles.ids().careers[1]
      await payload.db.deleteMany({ collection: 'referral-stats', where: { referral: { equals: id } } })
      expect(await statsOf(id)).toHaveLength(0)
      expect(await backfillReferralStats(payload)).toBe(1)
      expect(await statsOf(id)).toMatchObject([{ stage: 'closed', outcome: 'support-completed', workingDaysToFirstContact: 2, contactedWithinDeadline: true }])
      expect(await backfillReferralStats(payload)).toBe(0)
    })

    it('gives the same figures as roll-ups rebuilt from nothing', async () => {
      const payload = handles.payload()
      setClock(later(10))
      const refreshed = await report()
      await payload.db.deleteMany({ collection: 'report-rollups', where: { day: { exists: true } } })
      const rebuilt = await report()
      expect(rebuilt.tables).toEqual(refreshed.tables)
    })
  })
}

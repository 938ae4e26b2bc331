import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { loadHeadlines } from '@/reports/loadHeadlines'
import { loadReport } from '@/reports/loadReport'
import type { ReportFilters, ReportView } from '@/reports/types'
import { move, publishReportForm, receive, REPORT_FORM, setClock } from '../helpers/reportFixture'

/** Friday 27 November 2026, noon: when the report is read. */
export const REPORT_NOW = '2026-11-27T12:00:00.000Z'
export const REPORT_FILTERS: ReportFilters = { from: '2026-10-01', to: '2026-11-27', group: 'month' }

/** A table's cells by row key (the total as `total`). */
export const cellsOf = (view: ReportView, id: keyof ReportView['tables']) => {
  const table = view.tables[id]
  return Object.fromEntries([...table.rows, ...(table.total ? [table.total] : [])].map((row) => [row.key, row.cells]))
}

/**
 * The managers' report over a known data set, run on each database adapter: referrals stored
 * through the public submission service and moved through their stages with the Local API,
 * at set times. Ten careers referrals (doctors, London) on Mon 2 Nov: all triaged, six
 * contacted after 2 working days and four after 5 (their deadline), five then supported and
 * closed. Three urgent wellbeing referrals (dentists, KSS) on Tue 10 Nov: one closed before
 * contact, two never contacted (overdue). One careers referral on 15 Sep, before the dates asked.
 */
export function reportScenarios(start: () => Promise<Payload>): { ids: () => Record<string, Array<string | number>>; payload: () => Payload } {
  let payload: Payload
  const ids: Record<string, Array<string | number>> = { careers: [], wellbeing: [], early: [] }
  let services: { careers: string | number; individual: string | number }

  beforeAll(async () => {
    payload = await start()
    services = await publishReportForm(payload)
    ids.early.push(await receive(payload, '2026-09-15T10:00:00Z', { topic: 'careers', staffGroup: 'doctor', region: 'london' }))
    for (let i = 0; i < 10; i += 1) ids.careers.push(await receive(payload, `2026-11-02T09:0${i}:00Z`, { topic: 'careers', staffGroup: 'doctor', region: 'london' }))
    for (const id of ids.careers) await move(payload, '2026-11-03T10:00:00Z', id, { status: 'triaged' })
    for (const [index, id] of ids.careers.entries()) await move(payload, index < 6 ? '2026-11-04T10:00:00Z' : '2026-11-09T15:00:00Z', id, { status: 'contacted' })
    for (const id of ids.careers.slice(0, 5)) await move(payload, '2026-11-10T10:00:00Z', id, { status: 'in-support' })
    for (let i = 0; i < 3; i += 1) ids.wellbeing.push(await receive(payload, `2026-11-10T11:0${i}:00Z`, { topic: 'wellbeing', urgent: true, staffGroup: 'dentist', region: 'kss' }))
    await move(payload, '2026-11-11T10:00:00Z', ids.wellbeing[0], { status: 'closed', outcome: 'declined-by-trainee' })
    for (const id of ids.careers.slice(0, 5)) await move(payload, '2026-11-20T10:00:00Z', id, { status: 'closed', outcome: 'support-completed' })
    setClock(REPORT_NOW)
  })
  afterAll(() => {
    jest.useRealTimers()
  })

  const report = (suppress: boolean, filters: ReportFilters = REPORT_FILTERS) => loadReport(payload, filters, { now: new Date(REPORT_NOW), suppress })

  describe('each figure, unsuppressed', () => {
    let view: ReportView
    beforeAll(async () => {
      view = await report(false)
    })

    it('received per month, urgent and routine', () => {
      expect(cellsOf(view, 'received')).toEqual({ '2026-10': { urgent: 0, routine: 0, total: 0 }, '2026-11': { urgent: 3, routine: 10, total: 13 }, total: { urgent: 3, routine: 10, total: 13 } })
      expect(view.tables.received.rows.map((row) => row.label)).toEqual(['Oct 2026', 'Nov 2026'])
    })

    it('by service, staff group, region and form', () => {
      const byService = cellsOf(view, 'byService')
      expect(byService[String(services.careers)]).toEqual({ referrals: 10 })
      expect(byService[String(services.individual)]).toEqual({ referrals: 3 })
      expect(byService.total).toEqual({ referrals: 13 })
      expect(cellsOf(view, 'byStaffGroup')).toMatchObject({ doctor: { referrals: 10 }, dentist: { referrals: 3 }, pharmacy: { referrals: 0 }, none: { referrals: 0 }, total: { referrals: 13 } })
      expect(cellsOf(view, 'byRegion')).toMatchObject({ london: { referrals: 10 }, kss: { referrals: 3 }, other: { referrals: 0 }, total: { referrals: 13 } })
      expect(view.tables.byRegion.rows.map((row) => row.label)).toEqual(['London', 'Kent, Surrey and Sussex', 'Elsewhere', 'Not stated'])
      expect(cellsOf(view, 'byForm')).toEqual({ [REPORT_FORM]: { referrals: 13 }, total: { referrals: 13 } })
    })

    it('the funnel: a referral closed before contact counts as closed, not as triaged or contacted', () => {
      expect(cellsOf(view, 'funnel')).toEqual({
        new: { referrals: 13, share: 100 },
        triaged: { referrals: 10, share: 77 },
        contacted: { referrals: 10, share: 77 },
        'in-support': { referrals: 5, share: 38 },
        closed: { referrals: 6, share: 46 },
      })
    })

    it('time to first contact by service and per month: nearest-rank median and 90th percentile, share within deadline', () => {
      const byService = cellsOf(view, 'timeToContactByService')
      expect(byService[String(services.careers)]).toEqual({ contacted: 10, median: 2, p90: 5, withinDeadline: 100 })
      expect(byService[String(services.individual)]).toEqual({ contacted: 0, median: null, p90: null, withinDeadline: null })
      expect(byService.total).toEqual({ contacted: 10, median: 2, p90: 5, withinDeadline: 100 })
      expect(cellsOf(view, 'timeToContactOverTime')).toMatchObject({ '2026-10': { contacted: 0, median: null }, '2026-11': { contacted: 10, median: 2, p90: 5, withinDeadline: 100 } })
    })

    it('outcomes of closed referrals', () => {
      expect(cellsOf(view, 'outcomes')).toMatchObject({ 'support-completed': { referrals: 5 }, 'declined-by-trainee': { referrals: 1 }, 'no-response': { referrals: 0 }, total: { referrals: 6 } })
    })

    it('open caseload now by stage and age, and overdue now, whatever the dates asked', () => {
      expect(cellsOf(view, 'openByStage')).toEqual({ new: { referrals: 3 }, triaged: { referrals: 0 }, contacted: { referrals: 5 }, 'in-support': { referrals: 0 }, total: { referrals: 8 } })
      expect(cellsOf(view, 'openByAge')).toMatchObject({ 'under-1-week': { referrals: 0 }, '2-4-weeks': { referrals: 7 }, '4-weeks-3-months': { referrals: 1 }, total: { referrals: 8 } })
      expect(view.overdueNow).toBe(3)
      expect(view.tables.openByStage.caption).toMatch(/open now.*dates chosen do not apply/i)
    })
  })

  it('suppresses 1–7 and the cells that would give them away', async () => {
    const view = await report(true)
    expect(view.suppressed).toBe(true)
    expect(cellsOf(view, 'received')).toEqual({ '2026-10': { urgent: 0, routine: 0, total: 0 }, '2026-11': { urgent: '*', routine: '*', total: 13 }, total: { urgent: '*', routine: '*', total: 13 } })
    expect(cellsOf(view, 'byService')[String(services.careers)]).toEqual({ referrals: '*' })
    expect(cellsOf(view, 'byStaffGroup')).toMatchObject({ doctor: { referrals: '*' }, dentist: { referrals: '*' }, total: { referrals: 13 } })
    expect(cellsOf(view, 'funnel')).toMatchObject({ triaged: { referrals: 10, share: 77 }, closed: { referrals: '*', share: '*' } })
    expect(cellsOf(view, 'outcomes').total).toEqual({ referrals: '*' })
    expect(view.overdueNow).toBe('*')
    expect(JSON.stringify(view)).not.toMatch(/"(urgent|referrals)":3\b/)
  })

  it('filters by service: received and the open caseload of that service only', async () => {
    const view = await report(false, { ...REPORT_FILTERS, service: 'careers-unit' })
    expect(cellsOf(view, 'received')['2026-11']).toEqual({ urgent: 0, routine: 10, total: 10 })
    expect(Object.keys(cellsOf(view, 'byService'))).toEqual([String(services.careers), 'total'])
    expect(cellsOf(view, 'openByStage').total).toEqual({ referrals: 6 })
    expect(view.overdueNow).toBe(1)
    expect(view.tables.received.caption).toContain('Careers')
  })

  it('headline numbers for the admin home', async () => {
    expect(await loadHeadlines(payload, { now: new Date(REPORT_NOW) })).toEqual({ receivedThisWeek: 0, open: 8, overdue: '*', medianDaysToFirstContact: 2 })
  })

  return { ids: () => ids, payload: () => payload }
}

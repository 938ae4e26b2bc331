import type { Payload } from 'payload'

import { londonDay } from '@/casework/londonTime'

import { addCounts, emptyCounts } from './cellCounts'
import { defaultFrom } from './filters'
import { histogramSize, percentile } from './percentiles'
import { weekStart } from './periods'
import { refreshRollups } from './rollups'
import { reportStore } from './store'
import { suppressCount, suppressFigure } from './suppression'
import type { Headlines } from './types'

/**
 * The four numbers on the admin home for managers and admins, always suppressed: referrals
 * received this week (Monday to today, UK time), open now, overdue now, and the median working
 * days to first contact of those received in the last 12 months and contacted.
 */
export async function loadHeadlines(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<Headlines> {
  await refreshRollups(payload)
  const store = await reportStore(payload)
  const today = londonDay(now)
  const [year, open] = await Promise.all([store.readRollups(defaultFrom(today), today, undefined), store.openCaseload(now)])
  const monday = weekStart(today)
  const thisWeek = year.filter((cell) => cell.day >= monday).reduce((sum, cell) => sum + cell.counts.total, 0)
  const all = year.reduce((sum, cell) => addCounts(sum, cell.counts), emptyCounts())
  const median = percentile(all.daysToContact, 50)
  return {
    receivedThisWeek: suppressCount(thisWeek),
    open: suppressCount(Object.values(open.byStage).reduce((sum, n) => sum + n, 0)),
    overdue: suppressCount(open.overdue),
    medianDaysToFirstContact: median === null ? null : suppressFigure(median, histogramSize(all.daysToContact)),
  }
}

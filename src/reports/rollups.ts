import type { Payload } from 'payload'

import { cellsFromGroups } from './cellCounts'
import { reportStore } from './store'

/**
 * Statistics changed this long before the newest refresh are looked at again: a referral's
 * transaction (a request: well under a second) may commit after a refresh that started later
 * than its write, and instances' clocks differ a little (NTP keeps them within a second).
 * Recomputing a day is idempotent, so the overlap costs little; but records bulk-written with
 * `updatedAt` = now are all recomputed on each read for this long after the load.
 */
export const REFRESH_MARGIN_MS = 60 * 1000
/** Days recomputed per round trip. */
const DAYS_PER_ROUND = 60

/**
 * Brings the roll-ups up to date: finds the UK days received whose statistics changed since
 * the newest refresh (less the margin), recomputes every service's cell of those days from
 * the statistics (so a referral moved to another service leaves its old cell too), and
 * replaces them. The first run computes every day. Returns how many days were recomputed.
 */
export async function refreshRollups(payload: Payload): Promise<number> {
  const store = await reportStore(payload)
  // The database's timestamps come from the server clocks, not from a report's `now`.
  const startedAt = new Date()
  const newest = await store.newestRefresh()
  const days = await store.changedDays(newest ? new Date(newest.getTime() - REFRESH_MARGIN_MS) : null)
  if (!newest) {
    // The first refresh computes every day at once.
    await store.writeRollups(days, cellsFromGroups(await store.countDays('all')), startedAt)
    return days.length
  }
  for (let start = 0; start < days.length; start += DAYS_PER_ROUND) {
    const slice = days.slice(start, start + DAYS_PER_ROUND)
    await store.writeRollups(slice, cellsFromGroups(await store.countDays(slice)), startedAt)
  }
  return days.length
}

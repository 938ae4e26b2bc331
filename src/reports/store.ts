import type { Payload } from 'payload'

import type { Cell, GroupedCount, OpenCaseload } from './cellCounts'

export type { OpenCaseload } from './cellCounts'

/**
 * The reports' database seam: the few reads and writes the Local API cannot express (GROUP BY,
 * anti-join, upsert of derived rows). One implementation per adapter (sqliteStore.ts,
 * mongoStore.ts), both run by the same contract suite (tests/scenarios/reportScenarios.ts).
 * Ids and service keys cross it as text or numbers; days as `YYYY-MM-DD` UK days.
 */
export type ReportStore = {
  /** The newest roll-up refresh time, or null before the first. */
  newestRefresh(): Promise<Date | null>
  /** The UK days received of the statistics changed at or after `since` (every day when null). */
  changedDays(since: Date | null): Promise<string[]>
  /** The statistics of these days received (or of every day, in one pass), grouped by day, service and each dimension. */
  countDays(days: readonly string[] | 'all'): Promise<GroupedCount[]>
  /** Replaces the roll-ups of these days with these cells (a day's cells not given are removed). */
  writeRollups(days: readonly string[], cells: readonly Cell[], refreshedAt: Date): Promise<void>
  /** The roll-ups of the days from `from` to `to` inclusive, of one service (by key) or all. */
  readRollups(from: string, to: string, serviceKey?: string): Promise<Cell[]>
  /** Open caseload now, of one service (by id) or all. */
  openCaseload(now: Date, service?: string | number): Promise<OpenCaseload>
  /** Up to `limit` referrals that have no statistics record yet (oldest first). */
  referralsWithoutStats(limit: number): Promise<Array<string | number>>
}

const stores = new WeakMap<Payload, ReportStore>()

/** The store for the running database adapter (chosen by the adapter Payload was given). */
export async function reportStore(payload: Payload): Promise<ReportStore> {
  const existing = stores.get(payload)
  if (existing) return existing
  const store =
    payload.db.name === 'mongoose'
      ? (await import('./mongoStore')).mongoStore(payload)
      : (await import('./sqliteStore')).sqliteStore(payload)
  stores.set(payload, store)
  return store
}

import type { Payload, PayloadRequest } from 'payload'

import { loadClosures } from '@/submissions/closures'

import { reportStore } from './store'
import { type ReferralFacts, sameStats, statsRowOf, type StatsRow } from './statsRow'

/**
 * Keeps each referral's de-identified statistics record (`referral-stats`) in step with it:
 * written in the referral's own transaction (same `req`) on every create and update that
 * changes what reports count, unlinked (kept) when the referral is deleted, and backfilled for
 * referrals stored before the record existed or past the hooks (`payload.db` writes).
 */
type Referral = ReferralFacts & { id: string | number }

const asData = (row: StatsRow, referral: string | number | null, at: string) => ({
  ...row,
  referral,
  updatedAt: at,
})

/** Writes (creates or replaces) a referral's statistics record. */
export async function writeReferralStats(payload: Payload, referral: Referral, req?: Partial<PayloadRequest>): Promise<void> {
  const row = statsRowOf(referral, await loadClosures(payload, req))
  await payload.db.upsert({
    collection: 'referral-stats',
    where: { referral: { equals: referral.id } },
    data: asData(row, referral.id, new Date().toISOString()),
    req,
    returning: false,
  })
}

/**
 * After a referral is created or changed: its statistics record, unless nothing counted
 * changed (notes, assignee, emails sent): then no write at all.
 */
export async function syncReferralStats(req: PayloadRequest, doc: Referral, previousDoc: Partial<Referral> | undefined, operation: 'create' | 'update'): Promise<void> {
  if (operation === 'update' && previousDoc?.submittedAt) {
    const closures = await loadClosures(req.payload, req)
    if (sameStats(statsRowOf(doc, closures), statsRowOf(previousDoc as Referral, closures))) return
  }
  if (operation === 'create') {
    // A new referral has no record yet: one insert, no look-up (the unique index guards it).
    const row = statsRowOf(doc, await loadClosures(req.payload, req))
    await req.payload.db.create({ collection: 'referral-stats', data: asData(row, doc.id, new Date().toISOString()), req, returning: false })
    return
  }
  await writeReferralStats(req.payload, doc, req)
}

/**
 * After a referral is deleted (retention or erasure): its record stays, unlinked, so totals
 * already reported never change. SQLite's foreign key does this too; MongoDB has none. The
 * record's `updatedAt` is left as it was (null tells both adapters so): what it counts did not change.
 */
export async function unlinkReferralStats(req: PayloadRequest, id: string | number): Promise<void> {
  await req.payload.db.updateMany({ collection: 'referral-stats', where: { referral: { equals: id } }, data: { referral: null, updatedAt: null }, req, returning: false })
}

/** What the statistics are made of: never the answers, names or notes. */
const FACTS = Object.fromEntries(
  ['routedService', 'formSlug', 'staffGroup', 'region', 'priority', 'status', 'outcome', 'submittedAt', 'firstContactDueAt', 'triagedAt', 'firstContactAt', 'supportStartedAt', 'closedAt'].map(
    (field) => [field, true],
  ),
)

/** Records written per batch when backfilling; each batch reads its referrals in one query. */
const BACKFILL_BATCH = 500

/**
 * Writes the statistics of referrals that have none (stored before reports existed, or
 * restored from a backup), up to `limit`, and returns how many. Idempotent; cheap when none
 * are missing (two counts).
 */
export async function backfillReferralStats(payload: Payload, { limit = 20_000 } = {}): Promise<number> {
  const [referrals, linked] = await Promise.all([
    payload.count({ collection: 'submissions' }),
    payload.count({ collection: 'referral-stats', where: { referral: { exists: true } } }),
  ])
  if (linked.totalDocs >= referrals.totalDocs) return 0
  const store = await reportStore(payload)
  let written = 0
  while (written < limit) {
    const ids = await store.referralsWithoutStats(Math.min(BACKFILL_BATCH, limit - written))
    if (ids.length === 0) break
    const { docs } = await payload.find({ collection: 'submissions', where: { id: { in: ids } }, select: FACTS, depth: 0, limit: ids.length, pagination: false })
    for (const doc of docs) await writeReferralStats(payload, doc as unknown as Referral)
    written += docs.length
    if (docs.length === 0) break
  }
  return written
}

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { databaseKind } from '@/config/database'
import { env } from '@/config/env'
import type { DemoRecord } from './generate'

/** Writes a batch of demo referrals and their statistics rows in as few statements as the database allows. */
export type BulkInsert = (records: DemoRecord[]) => Promise<void>

/** SQLite keeps a group's fields as prefixed columns (`eligibility_eligible`). */
function flattenGroups(row: Record<string, unknown>): Record<string, unknown> {
  const { eligibility, ...rest } = row as { eligibility?: { eligible?: boolean; reason?: string } }
  return { ...rest, eligibility_eligible: eligibility?.eligible ?? null, eligibility_reason: eligibility?.reason ?? null }
}

function sqliteInsert(payload: Payload): BulkInsert {
  const db = payload.db as unknown as SQLiteAdapter
  const submissions = db.tables.submissions
  const statistics = db.tables.referral_stats
  return async (records) => {
    await db.drizzle.transaction(async (tx) => {
      const ids = await tx
        .insert(submissions)
        .values(records.map((record) => flattenGroups(record.submission)))
        .returning({ id: submissions.id })
      await tx.insert(statistics).values(records.map((record, index) => ({ ...record.statistics, referral: ids[index].id })))
    })
  }
}

function mongoInsert(payload: Payload): BulkInsert {
  const db = payload.db as unknown as MongooseAdapter
  return async (records) => {
    const inserted = await db.collections.submissions.insertMany(records.map((record) => record.submission), { ordered: true })
    await db.collections['referral-stats'].insertMany(records.map((record, index) => ({ ...record.statistics, referral: inserted[index]._id })), { ordered: true })
  }
}

/**
 * Straight to the database, past the Local API's hooks and validation: a million referrals
 * take minutes, not hours. Only for made-up data whose rows are built complete and consistent
 * (src/seed/demo/generate.ts), statistics included.
 */
export function bulkInsert(payload: Payload): BulkInsert {
  return databaseKind(env().DATABASE_URI) === 'mongodb' ? mongoInsert(payload) : sqliteInsert(payload)
}

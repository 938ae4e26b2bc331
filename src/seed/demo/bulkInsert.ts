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

type Table = Record<string, { name: string; mapToDriverValue: (value: unknown) => unknown }>
type Arg = string | number | bigint | null | ArrayBuffer

/** One multi-row INSERT in SQLite's own column names and value types, straight to libsql. */
function insertStatement(tableName: string, table: Table, rows: Record<string, unknown>[]): { sql: string; args: Arg[] } {
  const keys = Object.keys(rows[0]).filter((key) => key in table)
  const args: Arg[] = []
  for (const row of rows) for (const key of keys) args.push(row[key] == null ? null : (table[key].mapToDriverValue(row[key]) as Arg))
  const placeholders = `(${keys.map(() => '?').join(',')})`
  const columns = keys.map((key) => `"${table[key].name}"`).join(',')
  return { sql: `INSERT INTO "${tableName}" (${columns}) VALUES ${rows.map(() => placeholders).join(',')} RETURNING "id"`, args }
}

function sqliteInsert(payload: Payload): BulkInsert {
  const db = payload.db as unknown as SQLiteAdapter
  const submissions = db.tables.submissions as unknown as Table
  const statistics = db.tables.referral_stats as unknown as Table
  return async (records) => {
    const transaction = await db.client.transaction('write')
    try {
      const inserted = await transaction.execute(insertStatement('submissions', submissions, records.map((record) => flattenGroups(record.submission))))
      // Rows inserted in one statement get ascending ids in their order.
      const ids = inserted.rows.map((row) => Number(row.id)).sort((a, b) => a - b)
      await transaction.execute(insertStatement('referral_stats', statistics, records.map((record, index) => ({ ...record.statistics, referral: ids[index] }))))
      await transaction.commit()
    } finally {
      transaction.close()
    }
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

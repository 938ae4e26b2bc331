import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { databaseKind } from '@/config/database'
import { env } from '@/config/env'
import { sealJson } from '@/crypto/fieldValues'
import { dataKeyring } from '@/crypto/keyring'
import type { DemoRecord } from './generate'

/** A demo referral as stored: its answers encrypted, as the referrals' field hooks would. */
const sealed = (record: DemoRecord): Record<string, unknown> => ({ ...record.submission, answers: sealJson(record.submission.answers, dataKeyring()) })

/** Writes a batch of demo referrals and their statistics rows in as few statements as the database allows. */
export type BulkInsert = (records: DemoRecord[]) => Promise<void>

/** SQLite keeps a group's fields as prefixed columns (`eligibility_eligible`). */
function flattenGroups(row: Record<string, unknown>): Record<string, unknown> {
  const { eligibility, ...rest } = row as { eligibility?: { eligible?: boolean; reason?: string } }
  return { ...rest, eligibility_eligible: eligibility?.eligible ?? null, eligibility_reason: eligibility?.reason ?? null }
}

type Table = Record<string, { name: string; mapToDriverValue: (value: unknown) => unknown }>
type Arg = string | number | bigint | null | ArrayBuffer
/** A column whose value SQL works out per row, e.g. the id of the referral just inserted. */
type Computed = { column: string; sql: string; arg: (row: Record<string, unknown>) => Arg }

/** One multi-row INSERT in SQLite's own column names and value types. */
function insertStatement(tableName: string, table: Table, rows: Record<string, unknown>[], computed?: Computed): { sql: string; args: Arg[] } {
  const keys = Object.keys(rows[0]).filter((key) => key in table)
  const args: Arg[] = []
  for (const row of rows) {
    for (const key of keys) args.push(row[key] == null ? null : (table[key].mapToDriverValue(row[key]) as Arg))
    if (computed) args.push(computed.arg(row))
  }
  const placeholders = `(${[...keys.map(() => '?'), ...(computed ? [computed.sql] : [])].join(',')})`
  const columns = [...keys.map((key) => table[key].name), ...(computed ? [computed.column] : [])].map((name) => `"${name}"`).join(',')
  return { sql: `INSERT INTO "${tableName}" (${columns}) VALUES ${rows.map(() => placeholders).join(',')}`, args }
}

function sqliteInsert(payload: Payload): BulkInsert {
  const db = payload.db as unknown as SQLiteAdapter
  const submissions = db.tables.submissions as unknown as Table
  const statistics = db.tables.referral_stats as unknown as Table
  // Each statistics row finds its referral by the referral's unique demo key.
  const referral: Computed = { column: 'referral_id', sql: '(SELECT "id" FROM "submissions" WHERE "idempotency_key" = ?)', arg: (row) => String(row.key) }
  return async (records) => {
    // libsql opens a fresh connection after any transaction, without the adapter's busy
    // timeout: set it again, so a server writing to the same file makes this wait, not fail.
    await db.client.execute(`PRAGMA busy_timeout = ${db.busyTimeout || 5000}`)
    // One transaction, run synchronously on one connection: both tables or neither.
    await db.client.batch(
      [
        insertStatement('submissions', submissions, records.map((record) => flattenGroups(sealed(record)))),
        insertStatement('referral_stats', statistics, records.map((record) => ({ ...record.statistics, key: record.submission.idempotencyKey })), referral),
      ],
      'write',
    )
  }
}

function mongoInsert(payload: Payload): BulkInsert {
  const db = payload.db as unknown as MongooseAdapter
  return async (records) => {
    const inserted = await db.collections.submissions.insertMany(records.map(sealed), { ordered: true })
    await db.collections['referral-stats'].insertMany(records.map((record, index) => ({ ...record.statistics, referral: inserted[index]._id })), { ordered: true })
  }
}

/**
 * Straight to the database, past the Local API's hooks and validation: a million referrals
 * take minutes, not hours. Only for made-up data whose rows are built complete and consistent
 * (src/seed/demo/generate.ts), statistics included; answers are encrypted here, as at rest.
 */
export function bulkInsert(payload: Payload): BulkInsert {
  return databaseKind(env().DATABASE_URI) === 'mongodb' ? mongoInsert(payload) : sqliteInsert(payload)
}

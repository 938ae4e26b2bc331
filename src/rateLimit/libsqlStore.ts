import { RateLimiterRes } from 'rate-limiter-flexible'
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

type StoreOptions = ConstructorParameters<typeof RateLimiterStoreAbstract>[0]

/** The part of the SQLite adapter's libsql client the store needs. */
export type LibsqlClient = {
  execute(statement: { sql: string; args: Array<string | number | null> }): Promise<{ rows: ArrayLike<Record<string, unknown>>; rowsAffected: number }>
}

type Row = { points: number; expire: number | null }

/** Expired counters are deleted at most this often, by whichever call comes first. */
const CLEANUP_EVERY_MS = 5 * 60 * 1000

/**
 * rate-limiter-flexible's store over the libsql client of Payload's SQLite adapter (the
 * library's own SQLite store accepts only sqlite3, better-sqlite3 and knex). Each consume is
 * one atomic upsert, so concurrent requests and several processes on one file count exactly.
 * The table is the `rate-limits` collection's, so Payload's schema and migrations own it.
 */
export class RateLimiterLibsql extends RateLimiterStoreAbstract {
  private readonly db: LibsqlClient
  private readonly table: string
  private lastCleanup = 0

  constructor(options: Omit<StoreOptions, 'storeClient'> & { storeClient: LibsqlClient; tableName: string }) {
    super(options)
    if (!/^[a-z_]+$/.test(options.tableName)) throw new Error(`Unsafe table name "${options.tableName}"`)
    this.db = options.storeClient
    this.table = options.tableName
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row): RateLimiterRes {
    const consumed = Number(row.points)
    const msBeforeNext = row.expire === null ? -1 : Math.max(Number(row.expire) - Date.now(), 0)
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, consumed === changedPoints)
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = Date.now()
    const expire = msDuration > 0 ? now + msDuration : null
    // A live counter adds up; an expired one starts again from these points.
    const live = 'expire IS NULL OR expire > ?'
    const sql = forceExpire
      ? `INSERT INTO ${this.table} (key, points, expire) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET points = excluded.points, expire = excluded.expire RETURNING points, expire`
      : `INSERT INTO ${this.table} (key, points, expire) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET
           points = CASE WHEN ${live} THEN points + excluded.points ELSE excluded.points END,
           expire = CASE WHEN ${live} THEN expire ELSE excluded.expire END
         RETURNING points, expire`
    const args = forceExpire ? [key, points, expire] : [key, points, expire, now, now]
    const result = await this.db.execute({ sql, args })
    await this.cleanup(now)
    return toRow(result.rows[0])
  }

  async _get(key: string): Promise<Row | null> {
    const sql = `SELECT points, expire FROM ${this.table} WHERE key = ? AND (expire IS NULL OR expire > ?)`
    const result = await this.db.execute({ sql, args: [key, Date.now()] })
    return result.rows.length > 0 ? toRow(result.rows[0]) : null
  }

  async _delete(key: string): Promise<boolean> {
    const result = await this.db.execute({ sql: `DELETE FROM ${this.table} WHERE key = ?`, args: [key] })
    return result.rowsAffected > 0
  }

  private async cleanup(now: number): Promise<void> {
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return
    this.lastCleanup = now
    await this.db.execute({ sql: `DELETE FROM ${this.table} WHERE expire IS NOT NULL AND expire < ?`, args: [now] })
  }
}

function toRow(row: Record<string, unknown> | undefined): Row {
  if (!row) throw new Error('The rate-limit upsert returned no row')
  return { points: Number(row.points), expire: row.expire === null || row.expire === undefined ? null : Number(row.expire) }
}

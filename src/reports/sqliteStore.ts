import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { STAGES } from '@/casework/stages'

import { serviceKeyOf, type Cell, type Dimension, type GroupedCount, type OpenCaseload } from './cellCounts'
import { FURTHEST_ORDER } from './statsRow'
import type { ReportStore } from './store'

type Drizzle = { all<T>(query: SQL): Promise<T[]>; run(query: SQL): Promise<unknown> }

/** Payload's table and column names: snake_case of the collections' slugs and fields. */
const COLUMNS: Record<string, string> = { closedAt: 'closed_at', supportStartedAt: 'support_started_at', firstContactAt: 'first_contact_at', triagedAt: 'triaged_at' }

const furthest = sql.raw(
  `CASE ${FURTHEST_ORDER.map(([stage, field]) => `WHEN stage = '${stage}' OR ${COLUMNS[field]} IS NOT NULL THEN '${stage}'`).join(' ')} ELSE 'new' END`,
)

/** Each dimension's value and the statistics it counts. */
const DIMENSION_SQL: Record<Dimension, { value: SQL; where?: SQL }> = {
  total: { value: sql`NULL` },
  priority: { value: sql`priority` },
  staffGroup: { value: sql`staff_group` },
  region: { value: sql`region` },
  form: { value: sql`form_slug` },
  furthest: { value: furthest },
  outcome: { value: sql`outcome`, where: sql`stage = 'closed'` },
  daysToContact: { value: sql`CAST(working_days_to_first_contact AS INTEGER)`, where: sql`working_days_to_first_contact IS NOT NULL` },
  withinDeadline: { value: sql`NULL`, where: sql`contacted_within_deadline = 1` },
}

const OPEN_STAGES = STAGES.filter((stage) => stage !== 'closed')

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `)
/** SQLite allows a few thousand variables a statement; days are asked in slices of this many. */
const SLICE = 400
const ROWS_PER_INSERT = 100

/** The reports' store on SQLite: SQL through the adapter's drizzle instance. */
export function sqliteStore(payload: Payload): ReportStore {
  const db = () => (payload.db as unknown as { drizzle: Drizzle }).drizzle

  return {
    async newestRefresh() {
      const [row] = await db().all<{ at: string | null }>(sql`SELECT MAX(refreshed_at) AS at FROM report_rollups`)
      return row?.at ? new Date(row.at) : null
    },

    async changedDays(since) {
      const rows = since
        ? // The subquery (LIMIT -1 keeps it one) makes SQLite seek the updated_at index instead of scanning every row for DISTINCT.
          await db().all<{ day: string }>(
            sql`SELECT DISTINCT day FROM (SELECT received_day AS day FROM referral_stats WHERE updated_at >= ${since.toISOString()} LIMIT -1)`,
          )
        : await db().all<{ day: string }>(sql`SELECT DISTINCT received_day AS day FROM referral_stats`)
      return rows.map((row) => row.day).sort()
    },

    async countDays(days) {
      const groups: GroupedCount[] = []
      // Every day: one pass over the table per dimension, far quicker than seeking day by day.
      const filters = days === 'all' ? [sql`1 = 1`] : []
      const from = days === 'all' ? sql`referral_stats NOT INDEXED` : sql`referral_stats`
      if (days !== 'all') for (let start = 0; start < days.length; start += SLICE) filters.push(sql`received_day IN (${list(days.slice(start, start + SLICE))})`)
      for (const inDays of filters) {
        const selects = (Object.entries(DIMENSION_SQL) as Array<[Dimension, { value: SQL; where?: SQL }]>).map(
          ([dimension, { value, where }]) =>
            sql`SELECT received_day AS day, service_id AS service, ${dimension} AS dimension, ${value} AS value, COUNT(*) AS n FROM ${from} WHERE ${inDays}${where ? sql` AND ${where}` : sql``} GROUP BY 1, 2, 4`,
        )
        const rows = await db().all<{ day: string; service: number | null; dimension: Dimension; value: string | number | null; n: number }>(sql.join(selects, sql` UNION ALL `))
        for (const row of rows) groups.push({ day: row.day, serviceKey: serviceKeyOf(row.service), dimension: row.dimension, value: row.value, n: Number(row.n) })
      }
      return groups
    },

    async writeRollups(days, cells, refreshedAt) {
      const at = refreshedAt.toISOString()
      for (let start = 0; start < days.length; start += SLICE) {
        const slice = days.slice(start, start + SLICE)
        const inSlice = new Set(slice)
        const kept = cells.filter((cell) => inSlice.has(cell.day))
        const statements: SQL[] = []
        for (let first = 0; first < kept.length; first += ROWS_PER_INSERT) {
          const values = kept.slice(first, first + ROWS_PER_INSERT).map((cell) => sql`(${cell.day}, ${cell.serviceKey}, ${JSON.stringify(cell.counts)}, ${at}, ${at}, ${at})`)
          statements.push(sql`INSERT INTO report_rollups (day, service_key, counts, refreshed_at, updated_at, created_at) VALUES ${sql.join(values, sql`, `)}
            ON CONFLICT (day, service_key) DO UPDATE SET counts = excluded.counts, refreshed_at = excluded.refreshed_at, updated_at = excluded.updated_at`)
        }
        const keys = kept.map((cell) => `${cell.day}|${cell.serviceKey}`)
        statements.push(
          keys.length > 0
            ? sql`DELETE FROM report_rollups WHERE day IN (${list(slice)}) AND (day || '|' || service_key) NOT IN (${list(keys)})`
            : sql`DELETE FROM report_rollups WHERE day IN (${list(slice)})`,
        )
        for (const statement of statements) await db().run(statement)
      }
    },

    async readRollups(from, to, serviceKey) {
      // One JSON text for all the cells: a year is thousands of rows, and one string parses faster than they materialise.
      const ofService = serviceKey ? sql` AND service_key = ${serviceKey}` : sql``
      const [row] = await db().all<{ cells: string | null }>(
        sql`SELECT '[' || COALESCE(group_concat('[' || json_quote(day) || ',' || json_quote(service_key) || ',' || counts || ']'), '') || ']' AS cells
          FROM report_rollups WHERE day >= ${from} AND day <= ${to}${ofService}`,
      )
      const cells = JSON.parse(row?.cells ?? '[]') as Array<[string, string, Cell['counts']]>
      return cells.map(([day, key, counts]) => ({ day, serviceKey: key, counts }))
    },

    async openCaseload(now: Date, service?: string | number): Promise<OpenCaseload> {
      const ofService = service === undefined ? sql`` : sql` AND service_id = ${Number(service)}`
      // Listed rather than "<> 'closed'", so the (stage, service, day) index answers alone.
      const open = sql.raw(`stage IN (${OPEN_STAGES.map((stage) => `'${stage}'`).join(', ')})`)
      const [byStage, byDay, overdue] = await Promise.all([
        db().all<{ stage: string; n: number }>(sql`SELECT stage, COUNT(*) AS n FROM referral_stats WHERE ${open}${ofService} GROUP BY stage`),
        db().all<{ day: string; n: number }>(sql`SELECT received_day AS day, COUNT(*) AS n FROM referral_stats WHERE ${open}${ofService} GROUP BY received_day`),
        db().all<{ n: number }>(
          sql`SELECT COUNT(*) AS n FROM referral_stats WHERE stage IN ('new', 'triaged') AND first_contact_due_at < ${now.toISOString()}${ofService}`,
        ),
      ])
      return {
        byStage: Object.fromEntries(byStage.map((row) => [row.stage, Number(row.n)])),
        byDay: Object.fromEntries(byDay.map((row) => [row.day, Number(row.n)])),
        overdue: Number(overdue[0]?.n ?? 0),
      }
    },

    async referralsWithoutStats(limit) {
      const rows = await db().all<{ id: number }>(
        sql`SELECT s.id AS id FROM submissions s WHERE NOT EXISTS (SELECT 1 FROM referral_stats r WHERE r.referral_id = s.id) ORDER BY s.id LIMIT ${limit}`,
      )
      return rows.map((row) => row.id)
    },
  }
}

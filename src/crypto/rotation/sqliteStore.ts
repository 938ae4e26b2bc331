import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { EncryptedLayout } from './layout'
import type { CellBatch, CiphertextStore, DocId, StoredCell } from './store'

type Row = Record<string, unknown>
type Drizzle = { all: (query: SQL) => Promise<Row[]>; run: (query: SQL) => Promise<{ rowsAffected?: number }> }
type Column = { name: string }
type SqliteDb = { drizzle: Drizzle; tables: Record<string, Record<string, Column>> }

const snake = (name: string): string => name.replace(/-/g, '_').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** JSON columns hold JSON text; the cell carries it parsed, and the exact text to compare. */
const fromColumn = (raw: unknown, kind: 'json' | 'text'): unknown => (kind === 'json' && typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw)
const toColumn = (value: unknown, kind: 'json' | 'text'): unknown => (kind === 'json' ? JSON.stringify(value) : value)

/**
 * Key rotation on SQLite, in plain SQL through the adapter's drizzle connection (Payload's
 * update would rewrite every array row and run the case-work hooks). Each replacement is one
 * `UPDATE … WHERE id = ? AND <column> = <what was read>`; no transaction is held.
 */
export function sqliteCiphertextStore(payload: Payload): CiphertextStore {
  const db = payload.db as unknown as SqliteDb
  const table = (name: string) => {
    const found = db.tables[name]
    if (!found) throw new Error(`No table ${name} in the SQLite schema.`)
    return found
  }
  const column = (tableName: string, field: string) => {
    const found = table(tableName)[field]
    if (!found) throw new Error(`No column for ${field} in ${tableName}.`)
    return sql.identifier(found.name)
  }
  const arrayTable = (layout: EncryptedLayout, array: string) => `${snake(layout.slug)}_${snake(array)}`

  async function batch(layout: EncryptedLayout, after: DocId | undefined, limit: number): Promise<CellBatch> {
    const main = snake(layout.slug)
    const columns = layout.fields.map((field) => sql`${column(main, field.name)} AS ${sql.identifier(field.name)}`)
    const rows = await db.drizzle.all(
      sql`SELECT ${sql.join([sql`"id"`, ...columns], sql`, `)} FROM ${sql.identifier(main)} WHERE "id" > ${after ?? -1} ORDER BY "id" LIMIT ${limit}`,
    )
    const cells: StoredCell[] = rows.flatMap((row) =>
      layout.fields.map((field) => ({ docId: row.id as DocId, field: field.name, kind: field.kind, stored: fromColumn(row[field.name], field.kind), match: row[field.name] })),
    )
    const ids = rows.map((row) => row.id as DocId)
    for (const array of ids.length > 0 ? layout.arrays : []) {
      const name = arrayTable(layout, array.name)
      const columns = array.fields.map((field) => sql`${column(name, field.name)} AS ${sql.identifier(field.name)}`)
      const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `)
      const rowsOfArray = await db.drizzle.all(
        sql`SELECT ${sql.join([sql`"id"`, sql`"_parent_id" AS "parent"`, ...columns], sql`, `)} FROM ${sql.identifier(name)} WHERE "_parent_id" IN (${idList})`,
      )
      for (const row of rowsOfArray) {
        for (const field of array.fields) {
          cells.push({ docId: row.parent as DocId, array: array.name, rowId: String(row.id), field: field.name, kind: field.kind, stored: fromColumn(row[field.name], field.kind), match: row[field.name] })
        }
      }
    }
    return { cells, documents: rows.length, lastId: ids.at(-1) }
  }

  async function replace(layout: EncryptedLayout, cell: StoredCell, value: unknown): Promise<boolean> {
    const name = cell.array ? arrayTable(layout, cell.array) : snake(layout.slug)
    const target = column(name, cell.field)
    const key = cell.array ? cell.rowId : cell.docId
    const result = await db.drizzle.run(
      sql`UPDATE ${sql.identifier(name)} SET ${target} = ${toColumn(value, cell.kind)} WHERE "id" = ${key} AND ${target} IS ${cell.match}`,
    )
    return (result.rowsAffected ?? 0) === 1
  }

  return { batch, replace }
}

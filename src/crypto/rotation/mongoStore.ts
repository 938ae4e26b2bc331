import type { Payload } from 'payload'

import type { EncryptedLayout } from './layout'
import type { CellBatch, CiphertextStore, DocId, StoredCell } from './store'

type Doc = Record<string, unknown> & { _id: DocId }
type Query<T> = { sort: (order: Record<string, 1>) => Query<T>; limit: (count: number) => Query<T>; lean: () => Promise<T> }
type Model = {
  find: (filter: Record<string, unknown>, projection: Record<string, 1>) => Query<Doc[]>
  updateOne: (filter: Record<string, unknown>, update: Record<string, unknown>, options?: Record<string, unknown>) => Promise<{ modifiedCount: number }>
}
type MongoDb = { collections: Record<string, Model> }

/**
 * Key rotation on MongoDB, through the adapter's mongoose model of each collection. Each
 * replacement is one `updateOne` whose filter also matches the value that was read (the
 * array row by its `id` and value), so a value changed meanwhile is not overwritten.
 */
export function mongoCiphertextStore(payload: Payload): CiphertextStore {
  const model = (slug: string) => {
    const found = (payload.db as unknown as MongoDb).collections[slug]
    if (!found) throw new Error(`No MongoDB model for ${slug}.`)
    return found
  }

  async function batch(layout: EncryptedLayout, after: DocId | undefined, limit: number): Promise<CellBatch> {
    const projection = Object.fromEntries([...layout.fields.map((field) => field.name), ...layout.arrays.map((array) => array.name)].map((name) => [name, 1 as const]))
    const docs = await model(layout.slug).find(after === undefined ? {} : { _id: { $gt: after } }, projection).sort({ _id: 1 }).limit(limit).lean()
    const cells: StoredCell[] = docs.flatMap((doc) => [
      ...layout.fields.map((field) => ({ docId: doc._id, field: field.name, kind: field.kind, stored: doc[field.name], match: doc[field.name] })),
      ...layout.arrays.flatMap((array) =>
        (Array.isArray(doc[array.name]) ? (doc[array.name] as Array<Record<string, unknown>>) : []).flatMap((row) =>
          array.fields.map((field) => ({ docId: doc._id, array: array.name, rowId: String(row.id), field: field.name, kind: field.kind, stored: row[field.name], match: row[field.name] })),
        ),
      ),
    ])
    return { cells, documents: docs.length, lastId: docs.at(-1)?._id }
  }

  async function replace(layout: EncryptedLayout, cell: StoredCell, value: unknown): Promise<boolean> {
    const filter = cell.array
      ? { _id: cell.docId, [cell.array]: { $elemMatch: { id: cell.rowId, [cell.field]: cell.match } } }
      : { _id: cell.docId, [cell.field]: cell.match }
    const path = cell.array ? `${cell.array}.$.${cell.field}` : cell.field
    const result = await model(layout.slug).updateOne(filter, { $set: { [path]: value } }, { strict: false })
    return result.modifiedCount === 1
  }

  return { batch, replace }
}

import type { FieldKind } from '../fieldValues'
import type { EncryptedLayout } from './layout'

export type DocId = string | number

/**
 * One stored value of an encrypted field: a top-level field of a document, or a field of one
 * row of an array (`rowId`). `stored` is the value as the database holds it (ciphertext or
 * legacy plaintext); `match` is what the store compares before replacing it.
 */
export type StoredCell = { docId: DocId; field: string; array?: string; rowId?: string; kind: FieldKind; stored: unknown; match: unknown }

export type CellBatch = { cells: StoredCell[]; documents: number; lastId?: DocId }

/**
 * The database side of key rotation, one implementation per adapter. Both read documents in
 * id order, a batch at a time, and replace a value only if it still holds what was read, in
 * one conditional write: a value changed meanwhile by the running site is left to that write.
 */
export type CiphertextStore = {
  batch: (layout: EncryptedLayout, after: DocId | undefined, limit: number) => Promise<CellBatch>
  replace: (layout: EncryptedLayout, cell: StoredCell, value: unknown) => Promise<boolean>
}

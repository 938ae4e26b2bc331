import type { Payload } from 'payload'

import { DecryptionError } from '../cipher'
import { reencrypt } from '../fieldValues'
import type { Keyring } from '../keys'
import { encryptedLayout, type EncryptedLayout } from './layout'
import { mongoCiphertextStore } from './mongoStore'
import { sqliteCiphertextStore } from './sqliteStore'
import type { CiphertextStore, DocId } from './store'

/** What one collection's pass found: values already under the current key, re-encrypted, changed meanwhile, unreadable. */
export type RotationCounts = { documents: number; values: number; current: number; reencrypted: number; changedMeanwhile: number; unreadable: number }

export type RotationReport = { keyId: string; collections: Record<string, RotationCounts>; unreadable: Array<{ collection: string; id: DocId; field: string; reason: string }> }

export type RotationOptions = { keyring: Keyring; batchSize?: number; onBatch?: (collection: string, counts: RotationCounts) => void }

const emptyCounts = (): RotationCounts => ({ documents: 0, values: 0, current: 0, reencrypted: 0, changedMeanwhile: 0, unreadable: 0 })

/** The store for the adapter in use: plain SQL on SQLite, the mongoose models on MongoDB. */
export function ciphertextStoreFor(payload: Payload): CiphertextStore {
  return payload.db.name === 'mongoose' ? mongoCiphertextStore(payload) : sqliteCiphertextStore(payload)
}

async function rotateCollection(store: CiphertextStore, layout: EncryptedLayout, options: RotationOptions, report: RotationReport): Promise<RotationCounts> {
  const counts = emptyCounts()
  const limit = options.batchSize ?? 100
  for (let after: DocId | undefined; ; ) {
    const batch = await store.batch(layout, after, limit)
    counts.documents += batch.documents
    for (const cell of batch.cells) {
      counts.values += 1
      let next: unknown
      try {
        next = reencrypt(cell.stored, cell.kind, options.keyring)
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error
        counts.unreadable += 1
        report.unreadable.push({ collection: layout.slug, id: cell.docId, field: cell.array ? `${cell.array}.${cell.field}` : cell.field, reason: error.message })
        continue
      }
      if (next === undefined) counts.current += 1
      else if (await store.replace(layout, cell, next)) counts.reencrypted += 1
      else counts.changedMeanwhile += 1
    }
    options.onBatch?.(layout.slug, counts)
    if (batch.documents < limit || batch.lastId === undefined) return counts
    after = batch.lastId
  }
}

/**
 * Re-encrypts under the keyring's current key every encrypted value that is not yet under it
 * (values under a previous key, and plaintext written before encryption), in every collection
 * with encrypted fields, a batch of documents at a time. Safe beside running servers (each
 * value is replaced only if unchanged since it was read) and safe to run again: a second run
 * finds everything current. Values under a key the keyring lacks are reported, not touched.
 */
export async function rotateDataKey(payload: Payload, options: RotationOptions): Promise<RotationReport> {
  const store = ciphertextStoreFor(payload)
  const report: RotationReport = { keyId: options.keyring.current.id, collections: {}, unreadable: [] }
  for (const { config } of Object.values(payload.collections)) {
    const layout = encryptedLayout(config)
    if (layout) report.collections[layout.slug] = await rotateCollection(store, layout, options, report)
  }
  return report
}

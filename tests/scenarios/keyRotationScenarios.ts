import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { isUnderCurrentKey, reencrypt, sealJson, sealText } from '@/crypto/fieldValues'
import { makeKeyring } from '@/crypto/keys'
import { dataKeyring } from '@/crypto/keyring'
import { encryptedLayout } from '@/crypto/rotation/layout'
import { ciphertextStoreFor, rotateDataKey } from '@/crypto/rotation/rotateDataKey'
import { caseworkFixture, newReferral } from '../helpers/casework'
import { NEW_KEY, OLD_KEY, UNKNOWN_KEY } from '../helpers/rotationKeys'

type Raw = Record<string, unknown>
const tokenHash = () => randomBytes(16).toString('hex')
const SESSION_FIELDS = ['answers', 'flash', 'riskAcknowledged', 'sent'] as const

/** What one session holds, in clear. */
const sessionValues = (tag: string) => ({
  answers: { whatSupport: `${tag}: signed off sick` },
  flash: { pageId: 'p', errors: [], values: { x: `${tag} typed` } },
  riskAcknowledged: ['wellbeing'],
  sent: { firstName: `${tag} name` },
})

/**
 * Key rotation, run on each database adapter: values under the previous key and plaintext
 * written before encryption are read as they are, then re-encrypted under the current key in
 * batches; a second run changes nothing; a value changed meanwhile is not overwritten; a value
 * under an unknown key is reported and left alone.
 */
export function keyRotationScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  const oldRing = makeKeyring(OLD_KEY)
  const ids: Record<string, string | number> = {}

  const raw = async (collection: 'submissions' | 'form-sessions', id: string | number) =>
    (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as unknown as Raw
  const setRaw = (collection: 'submissions' | 'form-sessions', id: string | number, data: Raw) => payload.db.updateOne({ collection, id, data })
  const read = (collection: 'submissions' | 'form-sessions', id: string | number) => payload.findByID({ collection, id, depth: 0 }) as unknown as Promise<Raw>

  /**
   * A referral as a database written earlier holds it. The answers are set past the hooks; a
   * note row is rewritten in place with the store's own conditional write (a raw write of an
   * array would replace its rows), and reading it back below proves what was planted.
   */
  async function referral(name: string, answers: (plain: Raw) => unknown, note: (text: string) => unknown) {
    const doc = await newReferral(payload, 'wellbeing')
    ids[name] = doc.id
    await payload.update({ collection: 'submissions', id: doc.id, data: { notes: [{ text: `${name} note` }] } })
    await setRaw('submissions', doc.id, { answers: answers(doc.answers as Raw) })
    const layout = encryptedLayout(payload.collections.submissions.config)
    if (!layout) throw new Error('submissions has no encrypted fields')
    const store = ciphertextStoreFor(payload)
    const { cells } = await store.batch(layout, undefined, 1000)
    const cell = cells.find((candidate) => String(candidate.docId) === String(doc.id) && candidate.array === 'notes')
    if (!cell || !(await store.replace(layout, cell, note(`${name} note`)))) throw new Error('note not planted')
  }

  async function session(name: string, seal: (value: unknown) => unknown) {
    const values = sessionValues(name)
    const doc = await payload.create({ collection: 'form-sessions', data: { tokenHash: tokenHash(), formSlug: 'rotation', formVersion: 1, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } })
    ids[name] = doc.id
    await setRaw('form-sessions', doc.id, Object.fromEntries(SESSION_FIELDS.map((field) => [field, seal(values[field])])))
  }

  const everythingCurrent = async () => {
    const ring = dataKeyring()
    for (const name of ['oldKey', 'legacy', 'current']) {
      const doc = await raw('submissions', ids[name])
      expect({ name, answers: isUnderCurrentKey(doc.answers, 'json', ring) }).toEqual({ name, answers: true })
      for (const note of doc.notes as Raw[]) expect({ name, note: isUnderCurrentKey(note.text, 'text', ring) }).toEqual({ name, note: true })
    }
    for (const name of ['oldKeySession', 'legacySession', 'currentSession']) {
      const doc = await raw('form-sessions', ids[name])
      for (const field of SESSION_FIELDS) expect({ name, field, current: isUnderCurrentKey(doc[field], 'json', ring) }).toEqual({ name, field, current: true })
    }
  }

  beforeAll(async () => {
    payload = await start()
    await caseworkFixture(payload, undefined, 'rotation')
    await referral('oldKey', (plain) => sealJson(plain, oldRing), (text) => sealText(text, oldRing))
    await referral('legacy', (plain) => plain, (text) => text)
    const current = await newReferral(payload, 'wellbeing')
    ids.current = current.id
    await payload.update({ collection: 'submissions', id: current.id, data: { notes: [{ text: 'current note' }] } })
    await session('oldKeySession', (value) => sealJson(value, oldRing))
    await session('legacySession', (value) => value)
    await session('currentSession', (value) => sealJson(value, dataKeyring()))
  })

  describe('key rotation', () => {
    it('reads values under the previous key and plaintext from before encryption, unchanged', async () => {
      expect(dataKeyring().current.id).toBe(makeKeyring(NEW_KEY).current.id)
      for (const name of ['oldKey', 'legacy']) {
        const doc = await read('submissions', ids[name])
        expect(doc).toMatchObject({ answers: { topic: 'wellbeing', details: 'Private health details' }, notes: [{ text: `${name} note` }] })
      }
      for (const name of ['oldKeySession', 'legacySession']) expect(await read('form-sessions', ids[name])).toMatchObject(sessionValues(name))
    })

    it('re-encrypts every value not under the current key, in batches, and a second run finds nothing to do', async () => {
      const batches: string[] = []
      const first = await rotateDataKey(payload, { keyring: dataKeyring(), batchSize: 2, onBatch: (slug) => batches.push(slug) })
      expect(first.unreadable).toEqual([])
      // Two referrals × (answers + one note); two sessions × four fields.
      expect(first.collections.submissions).toMatchObject({ reencrypted: 4, changedMeanwhile: 0, unreadable: 0 })
      expect(first.collections['form-sessions']).toMatchObject({ reencrypted: 8, changedMeanwhile: 0, unreadable: 0 })
      expect(batches.filter((slug) => slug === 'submissions').length).toBeGreaterThan(1)
      await everythingCurrent()
      for (const name of ['oldKey', 'legacy']) expect(await read('submissions', ids[name])).toMatchObject({ answers: { details: 'Private health details' }, notes: [{ text: `${name} note` }] })
      for (const name of ['oldKeySession', 'legacySession', 'currentSession']) expect(await read('form-sessions', ids[name])).toMatchObject(sessionValues(name))
      const second = await rotateDataKey(payload, { keyring: dataKeyring() })
      for (const counts of Object.values(second.collections)) expect(counts).toMatchObject({ reencrypted: 0, changedMeanwhile: 0, unreadable: 0 })
    })

    it('never overwrites a value the running site changed after it was read', async () => {
      await setRaw('form-sessions', ids.oldKeySession, { answers: sealJson({ whatSupport: 'before' }, oldRing) })
      const layout = encryptedLayout(payload.collections['form-sessions'].config)
      if (!layout) throw new Error('form-sessions has no encrypted fields')
      const store = ciphertextStoreFor(payload)
      const { cells } = await store.batch(layout, undefined, 1000)
      const cell = cells.find((candidate) => String(candidate.docId) === String(ids.oldKeySession) && candidate.field === 'answers')
      if (!cell) throw new Error('session cell not read')
      await payload.update({ collection: 'form-sessions', id: ids.oldKeySession, data: { answers: { whatSupport: 'typed meanwhile' } } })
      expect(await store.replace(layout, cell, reencrypt(cell.stored, 'json', dataKeyring()))).toBe(false)
      expect(await read('form-sessions', ids.oldKeySession)).toMatchObject({ answers: { whatSupport: 'typed meanwhile' } })
    })

    it('reports a value under a key it does not know and leaves it as it is', async () => {
      const stranger = sealJson({ whatSupport: 'unknown key' }, makeKeyring(UNKNOWN_KEY))
      await setRaw('form-sessions', ids.legacySession, { answers: stranger })
      const report = await rotateDataKey(payload, { keyring: dataKeyring() })
      expect(report.unreadable).toEqual([expect.objectContaining({ collection: 'form-sessions', field: 'answers', reason: expect.stringMatching(/DATA_ENCRYPTION_PREVIOUS_KEYS/) })])
      expect(String(report.unreadable[0].id)).toBe(String(ids.legacySession))
      expect((await raw('form-sessions', ids.legacySession)).answers).toEqual(stranger)
      await setRaw('form-sessions', ids.legacySession, { answers: sealJson(sessionValues('legacySession').answers, dataKeyring()) })
    })
  })
}

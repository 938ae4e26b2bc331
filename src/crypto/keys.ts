import { createHash } from 'node:crypto'

/** A 256-bit data key and its public id (the first 8 hex characters of its SHA-256). */
export type DataKey = { id: string; key: Buffer }

/**
 * The keys this process knows: `current` encrypts every new value; every key (current and
 * previous) can decrypt, found by the key id each stored value carries.
 */
export type Keyring = { current: DataKey; byId: ReadonlyMap<string, DataKey> }

const HEX_KEY = /^[0-9a-f]{64}$/i

/** True when the text is a key as the environment gives it: 64 hex characters (32 bytes). */
export const isHexKey = (text: string): boolean => HEX_KEY.test(text)

/** The key's id: safe to store and log, and it says nothing useful about the key. */
export const keyIdOf = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8)

/** A key from its 64 hex characters; throws (without echoing the key) on any other text. */
export function dataKeyFromHex(hex: string): DataKey {
  if (!isHexKey(hex)) throw new Error('A data encryption key must be 64 hexadecimal characters (32 bytes).')
  const key = Buffer.from(hex, 'hex')
  return { id: keyIdOf(key), key }
}

/**
 * The keyring for a current key and any previous keys (still accepted for reading). Two
 * different keys with the same id would make values ambiguous, so that is refused.
 */
export function makeKeyring(currentHex: string, previousHex: readonly string[] = []): Keyring {
  const current = dataKeyFromHex(currentHex)
  const byId = new Map<string, DataKey>([[current.id, current]])
  for (const hex of previousHex) {
    const previous = dataKeyFromHex(hex)
    const known = byId.get(previous.id)
    if (known && !known.key.equals(previous.key)) throw new Error(`Two data encryption keys share the id ${previous.id}: generate a new key.`)
    byId.set(previous.id, known ?? previous)
  }
  return { current, byId }
}

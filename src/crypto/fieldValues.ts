import { decryptText, encryptText, isEncryptedText, keyIdOfEncrypted } from './cipher'
import type { Keyring } from './keys'

/**
 * How an encrypted JSON field is stored: a one-key object rather than a bare string, because
 * Payload reads a string in a JSON field as JSON text (its validation parses it, its editor
 * shows it) and a legacy value (always an object or array here) can never look like it.
 */
export type EncryptedJson = { enc: string }

export const isEncryptedJson = (value: unknown): value is EncryptedJson =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && isEncryptedText((value as { enc?: unknown }).enc)

/** A JSON value as stored: null and undefined stay as they are (an absence says nothing). */
export function sealJson(value: unknown, keyring: Keyring): unknown {
  if (value === null || value === undefined) return value
  return { enc: encryptText(JSON.stringify(value), keyring) } satisfies EncryptedJson
}

/** A stored JSON value as the app uses it; a legacy plaintext value is returned as it is. */
export function openJson(stored: unknown, keyring: Keyring): unknown {
  return isEncryptedJson(stored) ? (JSON.parse(decryptText(stored.enc, keyring)) as unknown) : stored
}

/** A text value as stored: null and undefined stay as they are. */
export function sealText(value: unknown, keyring: Keyring): unknown {
  return typeof value === 'string' ? encryptText(value, keyring) : value
}

/** A stored text value as the app uses it; legacy plaintext is returned as it is. */
export function openText(stored: unknown, keyring: Keyring): unknown {
  return isEncryptedText(stored) ? decryptText(stored, keyring) : stored
}

export type FieldKind = 'json' | 'text'

/** True when a stored value is absent or already encrypted under the current key. */
export function isUnderCurrentKey(stored: unknown, kind: FieldKind, keyring: Keyring): boolean {
  if (stored === null || stored === undefined) return true
  // Only strings are text; anything else was never written by the app and is left alone.
  if (kind === 'text' && typeof stored !== 'string') return true
  const token = kind === 'json' ? (isEncryptedJson(stored) ? stored.enc : undefined) : isEncryptedText(stored) ? stored : undefined
  return token !== undefined && keyIdOfEncrypted(token) === keyring.current.id
}

/**
 * The value to store instead of `stored` so it is under the current key (an older key's value
 * or legacy plaintext, decrypted and encrypted again), or undefined when nothing needs doing.
 */
export function reencrypt(stored: unknown, kind: FieldKind, keyring: Keyring): unknown {
  if (isUnderCurrentKey(stored, kind, keyring)) return undefined
  return kind === 'json' ? sealJson(openJson(stored, keyring), keyring) : sealText(openText(stored, keyring), keyring)
}

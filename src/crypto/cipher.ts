import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import type { Keyring } from './keys'

/**
 * One encrypted value, self-describing so values under older keys still decrypt:
 * `enc:v1:<keyId>:<nonce>:<ciphertext>:<tag>`, the last three base64url. AES-256-GCM with a
 * random 12-byte nonce per value; the `enc:v1:<keyId>` header is authenticated too, so a
 * value cannot be moved under another key id or version unnoticed.
 */
export const ENCRYPTED_PREFIX = 'enc:v1:'

const ALGORITHM = 'aes-256-gcm'
const NONCE_BYTES = 12
const TAG_BYTES = 16
const TOKEN = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]*):([A-Za-z0-9_-]{22})$/

/** A stored value that cannot be decrypted: malformed, altered, or under a key not configured. */
export class DecryptionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecryptionError'
  }
}

/** True when the text is in the encrypted format (not that it will decrypt). */
export const isEncryptedText = (value: unknown): value is string => typeof value === 'string' && value.startsWith(ENCRYPTED_PREFIX)

/** The key id an encrypted value names, or undefined when the text is not in the format. */
export const keyIdOfEncrypted = (token: string): string | undefined => TOKEN.exec(token)?.[1]

/** Encrypts a string under the keyring's current key, with a fresh random nonce. */
export function encryptText(plain: string, keyring: Keyring): string {
  const { id, key } = keyring.current
  const header = `${ENCRYPTED_PREFIX}${id}`
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(header, 'utf8'))
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [header, nonce.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(':')
}

/** Decrypts a value written by `encryptText` under any key of the keyring; throws `DecryptionError`. */
export function decryptText(token: string, keyring: Keyring): string {
  const match = TOKEN.exec(token)
  if (!match) throw new DecryptionError('The stored value is not a well-formed encrypted value.')
  const [, keyId, nonce, body, tag] = match
  const dataKey = keyring.byId.get(keyId)
  if (!dataKey) {
    throw new DecryptionError(
      `The stored value is encrypted with key ${keyId}, which is not configured: add that key to DATA_ENCRYPTION_PREVIOUS_KEYS.`,
    )
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey.key, Buffer.from(nonce, 'base64url'), { authTagLength: TAG_BYTES })
    decipher.setAAD(Buffer.from(`${ENCRYPTED_PREFIX}${keyId}`, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    throw new DecryptionError(`The stored value under key ${keyId} failed its integrity check: it was altered or the key is wrong.`)
  }
}

import { describe, expect, it } from '@jest/globals'

import { decryptText, DecryptionError, encryptText, keyIdOfEncrypted } from '@/crypto/cipher'
import { keyIdOf, makeKeyring } from '@/crypto/keys'

const KEY_A = 'a'.repeat(64)
const KEY_B = '0123456789abcdef'.repeat(4)
const ringA = makeKeyring(KEY_A)
const ringB = makeKeyring(KEY_B)
const ringBWithA = makeKeyring(KEY_B, [KEY_A])

const SECRET = 'I have been feeling low since my rotation — ünïcödé ✓'

/** Replaces one base64url character of the token's part `index` (3 nonce, 4 ciphertext, 5 tag). */
function tamper(token: string, index: number): string {
  const parts = token.split(':')
  const part = parts[index]
  parts[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1)
  return parts.join(':')
}

describe('encryptText / decryptText (AES-256-GCM)', () => {
  it.each(['', 'x', SECRET, 'a'.repeat(100_000)])('round-trips %#', (plain) => {
    expect(decryptText(encryptText(plain, ringA), ringA)).toBe(plain)
  })

  it('writes the versioned, self-describing format with the key id and never the plain text', () => {
    const token = encryptText(SECRET, ringA)
    expect(token).toMatch(/^enc:v1:[0-9a-f]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/)
    expect(keyIdOfEncrypted(token)).toBe(keyIdOf(Buffer.from(KEY_A, 'hex')))
    expect(token).not.toContain('rotation')
  })

  it('uses a fresh nonce for every value, so equal texts never look alike', () => {
    const tokens = Array.from({ length: 500 }, () => encryptText(SECRET, ringA))
    expect(new Set(tokens).size).toBe(500)
    expect(new Set(tokens.map((token) => token.split(':')[3])).size).toBe(500)
  })

  it.each([
    ['nonce', 3],
    ['ciphertext', 4],
    ['tag', 5],
  ])('refuses a value whose %s was altered', (_, index) => {
    const token = encryptText(SECRET, ringA)
    expect(() => decryptText(tamper(token, index), ringA)).toThrow(DecryptionError)
    expect(() => decryptText(tamper(token, index), ringA)).toThrow(/integrity check|well-formed/)
  })

  it('refuses a value moved under another key id (the header is authenticated)', () => {
    const token = encryptText(SECRET, ringBWithA)
    const moved = token.replace(ringB.current.id, ringA.current.id)
    expect(() => decryptText(moved, ringBWithA)).toThrow(/integrity check/)
  })

  it('refuses a value under a key that is not configured, naming the key id and the fix', () => {
    const token = encryptText(SECRET, ringA)
    expect(() => decryptText(token, ringB)).toThrow(DecryptionError)
    expect(() => decryptText(token, ringB)).toThrow(new RegExp(`${ringA.current.id}.*DATA_ENCRYPTION_PREVIOUS_KEYS`))
  })

  it('reads values under a previous key and writes under the current one', () => {
    const old = encryptText(SECRET, ringA)
    expect(decryptText(old, ringBWithA)).toBe(SECRET)
    expect(keyIdOfEncrypted(encryptText(SECRET, ringBWithA))).toBe(ringB.current.id)
  })

  it.each(['enc:v1:', 'enc:v1:zzzzzzzz:a:b:c', 'enc:v2:abcdef01:AAAAAAAAAAAAAAAA::AAAAAAAAAAAAAAAAAAAAAA', 'plain text'])(
    'refuses a malformed value %p',
    (token) => {
      expect(() => decryptText(token, ringA)).toThrow(/not a well-formed/)
    },
  )
})

describe('makeKeyring', () => {
  it.each(['', 'abc', 'g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65)])('refuses the key %p without echoing it', (hex) => {
    expect(() => makeKeyring(hex)).toThrow(/64 hexadecimal characters/)
    expect(() => makeKeyring(KEY_A, [hex])).toThrow(/64 hexadecimal characters/)
  })

  it('knows the current key and every previous key by id', () => {
    expect([...ringBWithA.byId.keys()].sort()).toEqual([ringA.current.id, ringB.current.id].sort())
    expect(ringBWithA.current.id).toBe(ringB.current.id)
  })
})

import { describe, expect, it } from '@jest/globals'

import { isEncryptedJson, isUnderCurrentKey, openJson, openText, reencrypt, sealJson, sealText } from '@/crypto/fieldValues'
import { keyIdOfEncrypted } from '@/crypto/cipher'
import { makeKeyring } from '@/crypto/keys'

const KEY_A = 'a'.repeat(64)
const KEY_B = 'b'.repeat(64)
const ringA = makeKeyring(KEY_A)
const ringB = makeKeyring(KEY_B, [KEY_A])

const ANSWERS = { firstName: 'Ada', details: 'Panic attacks on night shifts', topics: ['health', 'exams'], count: 3, ok: true }

describe('JSON field values', () => {
  it.each([ANSWERS, ['wellbeing'], { pageId: 'p', errors: [], values: { x: '1' } }, 'text', 0, false])('round-trips %p', (value) => {
    const sealed = sealJson(value, ringA)
    expect(isEncryptedJson(sealed)).toBe(true)
    expect(JSON.stringify(sealed)).not.toContain('Panic')
    expect(openJson(sealed, ringA)).toEqual(value)
  })

  it('leaves null and undefined as they are', () => {
    expect(sealJson(null, ringA)).toBeNull()
    expect(sealJson(undefined, ringA)).toBeUndefined()
    expect(openJson(null, ringA)).toBeNull()
  })

  it('returns a legacy plaintext value (written before encryption) as it is', () => {
    expect(openJson(ANSWERS, ringA)).toEqual(ANSWERS)
    expect(openJson(['a'], ringA)).toEqual(['a'])
    expect(openJson({ enc: 'not encrypted', other: 1 }, ringA)).toEqual({ enc: 'not encrypted', other: 1 })
  })
})

describe('text field values', () => {
  it('round-trips text and leaves other values alone', () => {
    const sealed = sealText('Called the trainee; they feel unsafe at work', ringA)
    expect(sealed).toMatch(/^enc:v1:/)
    expect(openText(sealed, ringA)).toBe('Called the trainee; they feel unsafe at work')
    expect(sealText(null, ringA)).toBeNull()
    expect(openText('A legacy note', ringA)).toBe('A legacy note')
  })
})

describe('re-encryption for key rotation', () => {
  const underA = sealJson(ANSWERS, ringA)
  const underB = sealJson(ANSWERS, ringB)

  it.each([
    ['a value under the old key', underA, 'json', false],
    ['legacy plaintext JSON', ANSWERS, 'json', false],
    ['a value under the current key', underB, 'json', true],
    ['null', null, 'json', true],
    ['a note under the old key', sealText('note', ringA), 'text', false],
    ['a legacy note', 'note', 'text', false],
    ['a note under the current key', sealText('note', ringB), 'text', true],
  ] as const)('%s: under the current key = %p', (_, stored, kind, current) => {
    expect(isUnderCurrentKey(stored, kind, ringB)).toBe(current)
    const next = reencrypt(stored, kind, ringB)
    if (current) return expect(next).toBeUndefined()
    expect(isUnderCurrentKey(next, kind, ringB)).toBe(true)
    expect(kind === 'json' ? openJson(next, ringB) : openText(next, ringB)).toEqual(kind === 'json' ? ANSWERS : 'note')
  })

  it('puts the re-encrypted value under the current key id', () => {
    const next = reencrypt(underA, 'json', ringB) as { enc: string }
    expect(keyIdOfEncrypted(next.enc)).toBe(ringB.current.id)
  })
})

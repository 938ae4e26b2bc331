import { describe, expect, it } from '@jest/globals'

import { generateReference, isReference, REFERENCE_ALPHABET, REFERENCE_LENGTH } from '@/submissions/reference'

describe('generateReference', () => {
  it('uses 8 characters from an alphabet without look-alikes', () => {
    expect(REFERENCE_LENGTH).toBe(8)
    expect(REFERENCE_ALPHABET).toHaveLength(31)
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(REFERENCE_ALPHABET).not.toContain(lookAlike)
    for (let index = 0; index < 1000; index += 1) {
      const reference = generateReference()
      expect(reference).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/)
      expect(isReference(reference)).toBe(true)
    }
  })

  it('draws every character from the injected random source', () => {
    const asked: number[] = []
    const sequence = [0, 1, 2, 3, 27, 28, 29, 30]
    const reference = generateReference((max) => {
      asked.push(max)
      return sequence[asked.length - 1]
    })
    expect(asked).toEqual(Array(8).fill(31))
    expect(reference).toBe('ABCD6789')
  })

  it('spreads references over the whole alphabet (crypto.randomInt by default)', () => {
    const seen = new Map<string, number>()
    const references = new Set<string>()
    for (let index = 0; index < 4000; index += 1) {
      const reference = generateReference()
      references.add(reference)
      for (const character of reference) seen.set(character, (seen.get(character) ?? 0) + 1)
    }
    expect(references.size).toBe(4000)
    expect(seen.size).toBe(31)
    // 32,000 characters over 31 symbols: about 1,032 each; a biased source would stray far.
    for (const count of seen.values()) expect(Math.abs(count - 32_000 / 31)).toBeLessThan(200)
  })

  it('recognises only reference-shaped strings', () => {
    for (const text of ['ABCDEFGH', '23456789']) expect(isReference(text)).toBe(true)
    for (const text of ['ABCDEFG', 'ABCDEFGHJ', 'ABCDEFG0', 'abcdefgh', 'ABCD EFG', '']) expect(isReference(text)).toBe(false)
  })
})

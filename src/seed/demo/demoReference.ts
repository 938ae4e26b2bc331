import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from '@/submissions/reference'

const BASE = REFERENCE_ALPHABET.length
const SPACE = BASE ** REFERENCE_LENGTH
const HALF_BITS = 20
const HALF = 2 ** HALF_BITS

function round(value: number, key: number): number {
  let x = Math.imul(value ^ key, 0x45d9f3b)
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b)
  return (x ^ (x >>> 16)) & (HALF - 1)
}

/** A 40-bit permutation (a four-round Feistel network): distinct inputs, distinct outputs. */
function permute(value: number): number {
  let left = Math.floor(value / HALF)
  let right = value % HALF
  for (const key of [0x1b873593, 0x5bd1e995, 0x27d4eb2f, 0x165667b1]) [left, right] = [right, left ^ round(right, key)]
  return left * HALF + right
}

/**
 * The reference of the n-th demo referral ever seeded: shaped like a real one and different
 * for every n (a permutation of the reference space, walked until it lands inside it), so
 * demo runs never collide with one another, whatever their seed.
 */
export function demoReference(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= SPACE) throw new RangeError(`No demo reference number ${n}`)
  let value = permute(n)
  while (value >= SPACE) value = permute(value)
  let reference = ''
  for (let index = 0; index < REFERENCE_LENGTH; index += 1) {
    reference = REFERENCE_ALPHABET[value % BASE] + reference
    value = Math.floor(value / BASE)
  }
  return reference
}

import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mistaken for one another when read out or typed: no 0/O, 1/I/L. */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const REFERENCE_LENGTH = 8

/** A source of uniform random integers in [0, max); `crypto.randomInt` unless a test injects one. */
export type RandomInt = (max: number) => number

const cryptoRandomInt: RandomInt = (max) => randomInt(max)

/**
 * A new referral reference, e.g. `K7PX2MRQ`: 8 characters from a cryptographic source, so
 * references cannot be guessed from one another (31^8 ≈ 8.5 × 10^11 values).
 */
export function generateReference(random: RandomInt = cryptoRandomInt): string {
  let reference = ''
  for (let index = 0; index < REFERENCE_LENGTH; index += 1) {
    reference += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)]
  }
  return reference
}

const REFERENCE_PATTERN = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`)

/** True for a string shaped like a reference (after trimming and upper-casing what a trainee typed). */
export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value)
}

import { describe, expect, it } from '@jest/globals'

import { compileForm, validateAnswers, validatePage } from '@/forms/compile'
import { checkAnswersSummary, isRiskTriggered, routeService } from '@/forms/journey'
import { pruneAnswers } from '@/forms/visibility'

import { NOW, nurseAnswers, referralForm } from './fixtures'

/** mulberry32: a tiny seeded PRNG, so every run tries the same junk and failures reproduce. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MEGABYTE = 'x'.repeat(1_000_000)
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'day',
  'month',
  'year',
  'line1',
  'postcode',
  '',
  '💥',
]
const STRINGS = [
  '',
  ' ',
  'yes',
  'no',
  'on',
  'london',
  'other',
  'careers',
  'health',
  '2024-02-30',
  'a@b',
  'Ω≈ç√∫',
  '\u0000',
  '𝕏'.repeat(50),
  '<script>',
  '1e309',
  '-0',
  'NaN',
]
const questionKeys = referralForm.pages.flatMap((page) => page.questions.map((question) => question.key))

function junk(random: () => number, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const roll = random()
  if (roll < 0.1) return pick([null, undefined, true, false, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1])
  if (roll < 0.2) return Math.floor(random() * 1e6) - 5e5
  if (roll < 0.45) return pick(STRINGS)
  if (roll < 0.5) return String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(random() * 0xffff)))
  if (roll < 0.505) return MEGABYTE
  if (depth > 4) return pick(STRINGS)
  if (roll < 0.7) return Array.from({ length: Math.floor(random() * 5) }, () => junk(random, depth + 1))
  if (roll < 0.72) return new Date(Math.floor(random() * 1e13))
  const entries = Array.from({ length: Math.floor(random() * 5) }, () => [
    pick([...KEYS, ...questionKeys]),
    junk(random, depth + 1),
  ])
  return Object.fromEntries(entries)
}

/** A top-level input: sometimes not an object at all, usually real keys with junk answers. */
function junkAnswers(random: () => number): unknown {
  if (random() < 0.1) return junk(random)
  const entries: Array<[string, unknown]> = questionKeys.filter(() => random() < 0.6).map((key) => [key, junk(random)])
  if (random() < 0.3) entries.push([KEYS[Math.floor(random() * KEYS.length)], junk(random)])
  return random() < 0.05 ? JSON.parse(JSON.stringify(Object.fromEntries(entries)) ?? '{}') : Object.fromEntries(entries)
}

describe('validateAnswers fuzz', () => {
  it('never throws and always returns errors for 2,000 junk inputs', () => {
    const random = prng(20240615)
    const schema = compileForm(referralForm, { now: NOW })
    for (let run = 0; run < 2000; run += 1) {
      const input = junkAnswers(random)
      const result = validateAnswers(referralForm, input, { now: NOW })
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.errors.length).toBeGreaterThan(0)
      for (const error of result.errors) {
        expect(typeof error.field).toBe('string')
        expect(error.message.length).toBeGreaterThan(0)
        expect(error.message.length).toBeLessThan(300)
      }
      expect(schema.safeParse(input).success).toBe(false)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps every other entry point safe on junk too', () => {
    const random = prng(7)
    for (let run = 0; run < 500; run += 1) {
      const input = junkAnswers(random)
      const answers = (input && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<
        string,
        unknown
      >
      expect(() => pruneAnswers(referralForm, answers)).not.toThrow()
      expect(() => checkAnswersSummary(referralForm, answers)).not.toThrow()
      expect(() => routeService(referralForm, answers)).not.toThrow()
      expect(() => isRiskTriggered(referralForm, answers)).not.toThrow()
      expect(validatePage(referralForm, 'about', input, answers, { now: NOW }).ok).toBe(false)
    }
  })

  it('reports the broken field when one answer of a valid submission is junk', () => {
    const random = prng(99)
    for (let run = 0; run < 300; run += 1) {
      const key = questionKeys[Math.floor(random() * questionKeys.length)]
      const value = junk(random)
      const result = validateAnswers(referralForm, { ...nurseAnswers, [key]: value }, { now: NOW })
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0)
    }
  })
})

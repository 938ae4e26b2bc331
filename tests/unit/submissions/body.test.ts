import { describe, expect, it } from '@jest/globals'

import { isHoneypotFilled, parseSubmissionBody } from '@/submissions/body'
import { idempotencyFingerprint } from '@/submissions/idempotency'

describe('parseSubmissionBody', () => {
  it('accepts answers with an optional honeypot and idempotency key', () => {
    const parsed = parseSubmissionBody({ answers: { firstName: 'Amira' }, website: '', idempotencyKey: ' k1 ' })
    expect(parsed).toEqual({ ok: true, body: { answers: { firstName: 'Amira' }, website: '', idempotencyKey: 'k1' } })
  })

  it('keeps the answers object as sent, prototype keys included, for the engine to judge', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const parsed = parseSubmissionBody({ answers })
    expect(parsed.ok && parsed.body.answers).toBe(answers)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    [null, ''],
    [[], ''],
    ['answers', ''],
    [{}, 'answers'],
    [{ answers: [] }, 'answers'],
    [{ answers: null }, 'answers'],
    [{ answers: {}, website: 3 }, 'website'],
    [{ answers: {}, idempotencyKey: 'k'.repeat(201) }, 'idempotencyKey'],
    [{ answers: {}, role: 'admin' }, 'role'],
    [JSON.parse('{"answers": {}, "__proto__": {}}'), '__proto__'],
  ])('refuses %j, naming %j', (input, field) => {
    const parsed = parseSubmissionBody(input)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toContain(field)
  })

  it('treats only a filled-in honeypot as a bot', () => {
    expect(isHoneypotFilled({ answers: {}, website: 'http://spam' })).toBe(true)
    expect(isHoneypotFilled({ answers: {}, website: '  ' })).toBe(false)
    expect(isHoneypotFilled({ answers: {} })).toBe(false)
  })
})

describe('idempotencyFingerprint', () => {
  it('is the same for the same form, key and answers, whatever the key order', () => {
    const one = idempotencyFingerprint('form', 'key', { a: 1, b: { c: [1, 2], d: 'x' } })
    expect(idempotencyFingerprint('form', 'key', { b: { d: 'x', c: [1, 2] }, a: 1 })).toBe(one)
    expect(one).toMatch(/^[0-9a-f]{64}$/)
  })

  it('differs when the form, the key or the answers differ', () => {
    const one = idempotencyFingerprint('form', 'key', { a: 1 })
    expect(idempotencyFingerprint('other', 'key', { a: 1 })).not.toBe(one)
    expect(idempotencyFingerprint('form', 'key2', { a: 1 })).not.toBe(one)
    expect(idempotencyFingerprint('form', 'key', { a: 2 })).not.toBe(one)
  })
})

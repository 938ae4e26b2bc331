import { describe, expect, it } from '@jest/globals'

import { parseStatusQuery } from '@/referralStatus/query'

describe('parseStatusQuery', () => {
  it.each([
    ['K7PX2MRQ', 'K7PX2MRQ'],
    [' k7px2mrq ', 'K7PX2MRQ'],
    ['K7PX-2MRQ', 'K7PX2MRQ'],
    ['k7px 2mrq', 'K7PX2MRQ'],
  ])('reads the reference %j as %s', (reference, expected) => {
    expect(parseStatusQuery({ reference, email: 'amira@example.org' })).toEqual({ ok: true, query: { reference: expected, email: 'amira@example.org' } })
  })

  it.each([
    [{}, ['reference', 'Enter your reference number'], ['email', 'Enter the email address you gave in your application']],
    [{ reference: 'K7PX2MR0', email: 'amira' }, ['reference', 'Enter your reference number as it appears in your email, like K7PX2MRQ'], ['email', 'Enter an email address in the correct format, like name@example.com']],
    [{ reference: 42, email: ['a@b.c'] }, ['reference', 'Enter your reference number'], ['email', 'Enter the email address you gave in your application']],
  ])('explains what is wrong with %j', (input, ...expected) => {
    const parsed = parseStatusQuery(input)
    expect(parsed.ok === false && parsed.errors.map((error) => [error.field, error.message])).toEqual(expected)
  })

  it('keeps what was typed, cut to a sane length, to show the form again', () => {
    const parsed = parseStatusQuery({ reference: ' k7px ', email: `${'a'.repeat(400)}@example.org` })
    expect(parsed.ok === false && parsed.values).toEqual({ reference: 'k7px', email: 'a'.repeat(320) })
  })
})

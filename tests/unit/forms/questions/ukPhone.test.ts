import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { outcome, question } from './helpers'

const q = question('ukPhone', { label: 'What is your phone number?' })
const format = 'Enter a UK phone number, like 01632 960 001, 020 7946 0000 or 07700 900 982'

describe('ukPhone', () => {
  it.each([
    ['07700 900982', { value: '07700900982' }],
    ['07700900982', { value: '07700900982' }],
    ['+44 7700 900982', { value: '07700900982' }],
    ['+44 (0)20 7946 0000', { value: '02079460000' }],
    ['0044 20 7946 0000', { value: '02079460000' }],
    ['020-7946-0000', { value: '02079460000' }],
    ['01632 960001', { value: '01632960001' }],
    ['016977 4321', { value: '0169774321' }],
    ['0300 123 4567', { value: '03001234567' }],
    ['', { error: 'Enter your phone number' }],
    ['0770090098', { error: format }],
    ['077009009821', { error: format }],
    ['09001234567', { error: format }],
    ['+1 202 555 0100', { error: format }],
    ['phone me', { error: format }],
    [7700900982, { error: format }],
  ])('%j → %j', (value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('refuses a huge string', () => {
    expect(outcome(q, '0'.repeat(100_000))).toEqual({ error: format })
  })

  it.each([
    ['07700900982', '07700 900982'],
    ['02079460000', '020 7946 0000'],
    ['03001234567', '0300 123 4567'],
    ['not a number', 'not a number'],
  ])('formats %s as %s', (value, expected) => {
    expect(questionType('ukPhone').format(value, q)).toBe(expected)
  })
})

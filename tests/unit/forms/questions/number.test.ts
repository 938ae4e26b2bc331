import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { outcome, question } from './helpers'

const band = question('number', {
  label: 'What is your band?',
  validation: { min: 1, max: 9, integer: true },
})
const hours = question('number', { label: 'Hours a week', validation: { min: 0 } })
const cost = question('number', { label: 'Cost', validation: { max: 100 } })

describe('number', () => {
  it.each([
    ['accepts a number', band, 5, { value: 5 }],
    ['accepts a numeric string from a form', band, ' 7 ', { value: 7 }],
    ['requires an answer', band, '', { error: 'Enter your band' }],
    ['refuses words', band, 'five', { error: 'Your band must be a number' }],
    ['refuses NaN', band, Number.NaN, { error: 'Your band must be a number' }],
    ['refuses Infinity', band, Number.POSITIVE_INFINITY, { error: 'Your band must be a number' }],
    ['refuses exponent strings', band, '1e3', { error: 'Your band must be a number' }],
    ['refuses fractions when integer', band, '5.5', { error: 'Your band must be a whole number' }],
    ['refuses below min', band, 0, { error: 'Your band must be between 1 and 9' }],
    ['refuses above max', band, '10', { error: 'Your band must be between 1 and 9' }],
    ['min only', hours, -1, { error: 'Hours a week must be 0 or more' }],
    ['max only', cost, 101, { error: 'Cost must be 100 or less' }],
    ['allows decimals by default', cost, '99.5', { value: 99.5 }],
    ['allows thousands separators', hours, '1,000', { value: 1000 }],
    ['refuses a huge string', hours, '9'.repeat(100_000), { error: 'Hours a week must be a number' }],
    ['refuses arrays', hours, [1], { error: 'Hours a week must be a number' }],
  ])('%s', (_, q, value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('formats and detects answers', () => {
    expect(questionType('number').format('7', band)).toBe('7')
    expect(questionType('number').format('x', band)).toBe('')
    expect(questionType('number').isAnswered(0)).toBe(true)
    expect(questionType('number').isAnswered(' ')).toBe(false)
  })
})

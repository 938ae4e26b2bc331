import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { outcome, question } from './helpers'

const q = question('email', { label: 'What is your email address?' })
const format = 'Enter an email address in the correct format, like name@example.com'

describe('email', () => {
  it.each([
    [' Trainee@NHS.net ', { value: 'trainee@nhs.net' }],
    ['a.b-c+d@example.co.uk', { value: 'a.b-c+d@example.co.uk' }],
    ['', { error: 'Enter your email address' }],
    [undefined, { error: 'Enter your email address' }],
    [null, { error: 'Enter your email address' }],
    ['not-an-email', { error: format }],
    ['name@', { error: format }],
    ['@example.com', { error: format }],
    ['a b@example.com', { error: format }],
    [`${'a'.repeat(250)}@example.com`, { error: format }],
    [123, { error: format }],
    [['a@b.com'], { error: format }],
  ])('%j → %j', (value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('refuses a 1 MB address without slowing down', () => {
    expect(outcome(q, `${'a'.repeat(1_000_000)}@example.com`)).toEqual({ error: format })
  })

  it('is optional when not required', () => {
    expect(outcome({ ...q, required: false }, '  ')).toEqual({ value: undefined })
  })

  it('formats lower-cased', () => {
    expect(questionType('email').format(' A@B.COM ', q)).toBe('a@b.com')
    expect(questionType('email').isAnswered(' ')).toBe(false)
  })
})

import { describe, expect, it } from '@jest/globals'

import { outcome, question } from './helpers'

const name = question('shortText', { label: 'What is your full name?' })
const coded = question('shortText', {
  label: 'Course code',
  validation: { pattern: '^[A-Z]{3}\\d{3}$', patternMessage: 'Enter a course code like ABC123' },
})
const lengths = question('shortText', { label: 'Job title', validation: { minLength: 3, maxLength: 10 } })
const story = question('longText', { label: 'Tell us why you are getting in touch', required: false })

describe('shortText and longText', () => {
  it.each([
    ['trims', name, '  Ada Lovelace  ', { value: 'Ada Lovelace' }],
    ['requires an answer', name, '', { error: 'Enter your full name' }],
    ['treats spaces as no answer', name, '   ', { error: 'Enter your full name' }],
    ['treats undefined as no answer', name, undefined, { error: 'Enter your full name' }],
    ['refuses non-strings', name, 42, { error: 'Enter your full name' }],
    ['refuses objects', name, { a: 1 }, { error: 'Enter your full name' }],
    ['keeps unicode', name, 'Zoë Ōkubo 李', { value: 'Zoë Ōkubo 李' }],
    [
      'applies the default max of 500',
      name,
      'a'.repeat(501),
      { error: 'Your full name must be 500 characters or less' },
    ],
    ['allows 500', name, 'a'.repeat(500), { value: 'a'.repeat(500) }],
    ['refuses 1 MB', name, 'a'.repeat(1_000_000), { error: 'Your full name must be 500 characters or less' }],
    ['uses the pattern message', coded, 'abc', { error: 'Enter a course code like ABC123' }],
    ['passes the pattern', coded, 'ABC123', { value: 'ABC123' }],
    ['applies minLength', lengths, 'ab', { error: 'Job title must be 3 characters or more' }],
    ['applies maxLength', lengths, 'a'.repeat(11), { error: 'Job title must be 10 characters or less' }],
    ['lets optional blanks through as undefined', story, '', { value: undefined }],
    [
      'applies the longText default max of 5000',
      story,
      'x'.repeat(5001),
      { error: 'Tell us why you are getting in touch must be 5000 characters or less' },
    ],
    ['accepts long text', story, 'x'.repeat(5000), { value: 'x'.repeat(5000) }],
  ])('%s', (_, q, value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('falls back to a format message when the pattern has no message', () => {
    const q = question('shortText', { label: 'Postcode area', validation: { pattern: '^[A-Z]+$' } })
    expect(outcome(q, '123')).toEqual({ error: 'Enter postcode area in the correct format' })
  })

  it('ignores an invalid pattern rather than throwing (publish checks report it)', () => {
    const q = question('shortText', { validation: { pattern: '([' } })
    expect(outcome(q, 'anything')).toEqual({ value: 'anything' })
  })

  it('uses errorName when the editor gives one', () => {
    expect(outcome(question('shortText', { errorName: 'your GP practice' }), '')).toEqual({
      error: 'Enter your GP practice',
    })
  })
})

import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { outcome, question } from './helpers'

const options = [
  { value: 'london', label: 'London' },
  { value: 'kss', label: 'Kent, Surrey and Sussex' },
  { value: 'other', label: 'Somewhere else' },
]
const region = question('radios', { label: 'Where do you work?', errorName: 'where you work', options })
const dropdown = question('select', { label: 'Region', options })
const topics = question('checkboxes', {
  label: 'Which topics do you want help with?',
  errorName: 'the topics you want help with',
  options,
  validation: { maxSelections: 2 },
})
const training = question('yesNo', { label: 'Do you hold a training number?' })

describe('radios and select', () => {
  it.each([
    [region, 'london', { value: 'london' }],
    [region, ' kss ', { value: 'kss' }],
    [region, '', { error: 'Select where you work' }],
    [region, 'paris', { error: 'Select where you work' }],
    [region, ['london'], { error: 'Select where you work' }],
    [region, '__proto__', { error: 'Select where you work' }],
    [dropdown, 'other', { value: 'other' }],
    [dropdown, undefined, { error: 'Select region' }],
    [dropdown, 'toString', { error: 'Select region' }],
  ])('%#: %j', (q, value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('formats the option label', () => {
    expect(questionType('radios').format('kss', region)).toBe('Kent, Surrey and Sussex')
    expect(questionType('select').format('gone', dropdown)).toBe('gone')
  })
})

describe('checkboxes', () => {
  it.each([
    ['an array', ['kss', 'london'], { value: ['london', 'kss'] }],
    ['a single string, as a form sends one box', 'other', { value: ['other'] }],
    ['duplicates once', ['kss', 'kss'], { value: ['kss'] }],
    ['ignores blank entries', ['kss', ''], { value: ['kss'] }],
    ['requires one', [], { error: 'Select the topics you want help with' }],
    ['requires one (blank string)', '', { error: 'Select the topics you want help with' }],
    ['refuses unknown values', ['kss', 'mars'], { error: 'Select the topics you want help with' }],
    ['refuses non-strings', ['kss', 5], { error: 'Select the topics you want help with' }],
    ['refuses objects', { 0: 'kss' }, { error: 'Select the topics you want help with' }],
    [
      'applies maxSelections',
      ['kss', 'london', 'other'],
      { error: 'Select no more than 2 for the topics you want help with' },
    ],
    [
      'refuses huge arrays',
      Array.from({ length: 10_000 }, () => 'kss'),
      { error: 'Select the topics you want help with' },
    ],
  ])('%s', (_, value, expected) => {
    expect(outcome(topics, value)).toEqual(expected)
  })

  it('is optional when not required', () => {
    expect(outcome({ ...topics, required: false }, [])).toEqual({ value: undefined })
  })

  it('formats labels in order', () => {
    expect(questionType('checkboxes').format(['london', 'other'], topics)).toBe('London, Somewhere else')
    expect(questionType('checkboxes').format('kss', topics)).toBe('Kent, Surrey and Sussex')
  })
})

describe('yesNo', () => {
  it.each([
    ['yes', { value: 'yes' }],
    ['No', { value: 'no' }],
    [true, { value: 'yes' }],
    [false, { value: 'no' }],
    ['', { error: 'Select yes if you hold a training number' }],
    ['maybe', { error: 'Select yes if you hold a training number' }],
    [1, { error: 'Select yes if you hold a training number' }],
  ])('%j → %j', (value, expected) => {
    expect(outcome(training, value)).toEqual(expected)
  })

  it.each([
    ['Are you in a recognised training scheme?', 'Select yes if you are in a recognised training scheme'],
    ['Have you had a dyslexia assessment?', 'Select yes if you have had a dyslexia assessment'],
    ['Is this urgent?', 'Select yes or no'],
  ])('builds the message from %s', (label, message) => {
    expect(outcome(question('yesNo', { label }), undefined)).toEqual({ error: message })
  })

  it('formats Yes and No', () => {
    expect(questionType('yesNo').format('yes', training)).toBe('Yes')
    expect(questionType('yesNo').format(false, training)).toBe('No')
  })
})

import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { outcome, question } from './helpers'

const q = question('consent', { label: 'I agree to the PSU contacting my educational supervisor' })
const message = 'Confirm that you agree to the PSU contacting your educational supervisor'

describe('consent', () => {
  it.each([
    [true, { value: true }],
    ['yes', { value: true }],
    ['on', { value: true }],
    ['true', { value: true }],
    ['YES', { value: true }],
    [undefined, { error: message }],
    [false, { error: message }],
    ['', { error: message }],
    ['no', { error: message }],
    ['maybe', { error: message }],
    [{ agreed: true }, { error: message }],
    [1, { error: message }],
  ])('%j → %j', (value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('lets an optional consent be left unticked', () => {
    const optional = { ...q, required: false }
    expect(outcome(optional, undefined)).toEqual({ value: undefined })
    expect(outcome(optional, 'no')).toEqual({ value: undefined })
    expect(outcome(optional, 'on')).toEqual({ value: true })
    expect(outcome(optional, 'maybe')).toEqual({ error: message })
  })

  it.each([
    ['I am happy to be contacted by email', 'Confirm that you are happy to be contacted by email'],
    ['Privacy notice', 'Confirm that you agree: Privacy notice'],
  ])('builds the message from %s', (label, expected) => {
    expect(outcome(question('consent', { label }), undefined)).toEqual({ error: expected })
  })

  it('formats Yes and No', () => {
    expect(questionType('consent').format(true, q)).toBe('Yes')
    expect(questionType('consent').format(undefined, q)).toBe('No')
  })
})

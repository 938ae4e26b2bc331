import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { outcome, question } from './helpers'

const q = question('ukAddress', { label: 'What is your home address?' })
const full = { line1: '1 High Street', town: 'London', postcode: 'sw1a2aa' }

describe('ukAddress', () => {
  it('normalises the postcode and keeps only filled lines', () => {
    expect(outcome(q, { ...full, line2: ' ', county: 'Greater London' })).toEqual({
      value: { line1: '1 High Street', town: 'London', county: 'Greater London', postcode: 'SW1A 2AA' },
    })
  })

  it.each([
    ['SW1A 2AA', 'SW1A 2AA'],
    ['ec1a1bb', 'EC1A 1BB'],
    ['M1 1AE', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55  1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['GIR 0AA', 'GIR 0AA'],
  ])('accepts postcode %s as %s', (postcode, expected) => {
    expect(outcome(q, { ...full, postcode })).toEqual({ value: { ...full, postcode: expected } })
  })

  it.each(['SW1A', '12345', 'QQ1 1AA', 'SW1A 2CC', 'SW1A2AAA', 'A'.repeat(300)])('refuses postcode %s', (postcode) => {
    expect(outcome(q, { ...full, postcode })).toEqual({
      error: 'Enter a full UK postcode, like AA3 1AB',
      path: 'postcode',
    })
  })

  it.each([
    ['line1', 'Enter address line 1, typically the building and street'],
    ['town', 'Enter town or city'],
    ['postcode', 'Enter postcode'],
  ])('points at the missing %s', (line, message) => {
    expect(outcome(q, { ...full, [line]: '' })).toEqual({ error: message, path: line })
  })

  it('reports every missing line of a blank required address', () => {
    const result = questionType('ukAddress').schema(q, { now: new Date() }).safeParse(undefined)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['line1', 'town', 'postcode'])
  })

  it.each([['a string'], [['1 High Street']], [42]])('refuses %j', (value) => {
    expect(outcome(q, value)).toEqual({ error: 'Enter your home address' })
  })

  it('refuses overlong lines', () => {
    expect(outcome(q, { ...full, line1: 'x'.repeat(201) })).toEqual({
      error: 'Each address line must be 200 characters or less',
      path: 'line1',
    })
  })

  it('ignores unknown parts and prototype keys', () => {
    const value = JSON.parse('{"line1":"1 High Street","town":"London","postcode":"SW1A 2AA","__proto__":{"x":1}}')
    expect(outcome(q, value)).toEqual({ value: { ...full, postcode: 'SW1A 2AA' } })
  })

  it('is optional when not required', () => {
    expect(outcome({ ...q, required: false }, { line1: '', town: '', postcode: '' })).toEqual({
      value: undefined,
    })
  })

  it('formats on one line', () => {
    expect(questionType('ukAddress').format({ ...full, postcode: 'SW1A 2AA' }, q)).toBe(
      '1 High Street, London, SW1A 2AA',
    )
  })
})

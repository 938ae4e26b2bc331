import { describe, expect, it } from '@jest/globals'

import { REGISTRATION_FORMATS } from '@/forms/questions/registrationNumber'
import type { RegistrationBody } from '@/forms/types'

import { outcome, question } from './helpers'

const forBody = (registrationBody: RegistrationBody) =>
  question('registrationNumber', { label: `${registrationBody} number`, validation: { registrationBody } })

describe('registrationNumber', () => {
  it.each<[RegistrationBody, string, string]>([
    ['GMC', '1234567', '1234567'],
    ['GMC', ' 123 4567 ', '1234567'],
    ['GDC', '123456', '123456'],
    ['GDC', '42', '42'],
    ['GPhC', '2012345', '2012345'],
    ['NMC', '12A3456E', '12A3456E'],
    ['NMC', '12a 3456e', '12A3456E'],
  ])('%s accepts %s', (body, value, expected) => {
    expect(outcome(forBody(body), value)).toEqual({ value: expected })
  })

  it.each<[RegistrationBody, unknown, RegExp]>([
    ['GMC', '123456', /GMC number .*7 digits/],
    ['GMC', '12345678', /GMC/],
    ['GMC', 'ABCDEFG', /GMC/],
    ['GDC', '1234567', /GDC number .*up to 6 digits/],
    ['GPhC', '123456', /GPhC registration number .*7 digits/],
    ['NMC', '1234567', /NMC PIN .*12A3456E/],
    ['NMC', '12A34567', /NMC PIN/],
    ['NMC', 12345678, /NMC PIN/],
    ['GMC', '1'.repeat(41), /GMC/],
  ])('%s refuses %j naming the body', (body, value, message) => {
    const result = outcome(forBody(body), value)
    expect('error' in result && result.error).toMatch(message)
  })

  it('requires an answer', () => {
    expect(outcome(forBody('GMC'), '')).toEqual({ error: 'Enter GMC number' })
    expect(outcome(forBody('NMC'), undefined)).toEqual({ error: 'Enter NMC number' })
  })

  it('accepts any body’s format when none is chosen', () => {
    const q = question('registrationNumber', { label: 'Professional registration number' })
    expect(outcome(q, '12A3456E')).toEqual({ value: '12A3456E' })
    expect(outcome(q, '1234567')).toEqual({ value: '1234567' })
    expect(outcome(q, 'hello')).toEqual({
      error: 'Enter a GMC, GDC, GPhC or NMC number in the correct format',
    })
  })

  it('has a format for every body', () => {
    expect(Object.keys(REGISTRATION_FORMATS).sort()).toEqual(['GDC', 'GMC', 'GPhC', 'NMC'])
  })
})

import { describe, expect, it } from '@jest/globals'

import { validateAnswers } from '@/forms/compile'
import type { Answers, FieldError } from '@/forms/types'

import { doctorAnswers, form, NOW, nurseAnswers, page, referralForm, yesNo } from './fixtures'

const ctx = { now: NOW }
const errorsFor = (answers: unknown): FieldError[] => {
  const result = validateAnswers(referralForm, answers, ctx)
  return result.ok ? [] : result.errors
}

describe('validateAnswers', () => {
  it('normalises every answer on the route', () => {
    expect(validateAnswers(referralForm, nurseAnswers, ctx)).toEqual({
      ok: true,
      answers: {
        region: 'london',
        name: 'Ada Lovelace',
        email: 'ada@nhs.net',
        staffGroup: 'nurse',
        topics: ['wellbeing', 'health'],
        harm: 'no',
        healthDetails: 'Back pain',
        startDate: '2024-03-01',
        phone: '07700900982',
        agree: true,
      },
    })
  })

  it('neither requires nor keeps questions that are hidden or skipped', () => {
    const result = validateAnswers(referralForm, { ...doctorAnswers, harm: 'yes', healthDetails: 'secret' }, ctx)
    expect(result).toEqual({
      ok: true,
      answers: { ...doctorAnswers, topics: ['careers'], agree: true },
    })
  })

  it('requires a conditional question once it shows', () => {
    expect(errorsFor({ ...doctorAnswers, gmcNumber: '' })).toEqual([
      { field: 'gmcNumber', message: 'Enter GMC number' },
    ])
  })

  it.each<[string, Answers, FieldError[]]>([
    [
      'missing required answers',
      { region: 'london' },
      [
        { field: 'name', message: 'Enter your full name' },
        { field: 'email', message: 'Enter your email address' },
        { field: 'staffGroup', message: 'Select your staff group' },
        { field: 'topics', message: 'Select what you want help with' },
        { field: 'harm', message: 'Select yes if you are having thoughts of harming yourself' },
        { field: 'agree', message: 'Confirm that you agree to the PSU contacting you' },
      ],
    ],
    [
      'a date in the future',
      { ...nurseAnswers, startDate: '2024-06-16' },
      [{ field: 'startDate', message: 'When this started must be today or in the past' }],
    ],
    [
      'an unknown key (strict)',
      { ...nurseAnswers, isAdmin: true },
      [{ field: 'isAdmin', message: 'This answer is not part of the form' }],
    ],
    [
      'a route ending on the exit page',
      { region: 'other' },
      [
        {
          field: 'region',
          message: 'These answers lead to "You cannot use this service", so the form cannot be sent',
        },
      ],
    ],
  ])('%s', (_, answers, expected) => {
    expect(errorsFor(answers)).toEqual(expected)
  })

  it('treats an invalid branching answer as missing when choosing the route, and reports it', () => {
    expect(errorsFor({ ...doctorAnswers, region: 'mars' })).toEqual([
      { field: 'region', message: 'Select where you work or train' },
    ])
  })

  it.each([
    ['null', null],
    ['an array', [nurseAnswers]],
    ['a string', 'answers'],
    ['a number', 42],
    ['undefined', undefined],
    ['a date object', new Date()],
  ])('refuses %s as the answers object', (_, input) => {
    expect(errorsFor(input)).toEqual([
      { field: '', message: 'Send the answers as an object of question keys and answers' },
    ])
  })

  it('reports __proto__ and constructor keys as unknown without touching prototypes', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')
    const fields = errorsFor({ ...nurseAnswers, ...input }).map((error) => error.field)
    expect(fields).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports nested address fields with a dotted path', () => {
    const def = form([page('p', { questions: [yesNo('address', { type: 'ukAddress', label: 'Address' })] })])
    const result = validateAnswers(def, { address: { line1: '1 High St', town: 'Leeds', postcode: 'nope' } }, ctx)
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'address.postcode', message: 'Enter a full UK postcode, like AA3 1AB' }],
    })
  })
})

import { describe, expect, it } from '@jest/globals'

import { chosenOf, errorsFor, fieldAnchor, partOf, readPageValues, textOf } from '@/components/forms/formValues'
import { validatePage } from '@/forms'
import type { Page } from '@/forms/types'

import { NOW, form } from '../forms/fixtures'

const page: Page = {
  id: 'about',
  title: 'About you',
  kind: 'questions',
  questions: [
    { key: 'name', type: 'shortText', label: 'Name', required: true },
    { key: 'dob', type: 'date', label: 'Date of birth', required: true },
    { key: 'address', type: 'ukAddress', label: 'Address', required: true },
    { key: 'topics', type: 'checkboxes', label: 'Topics', required: false, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { key: 'agree', type: 'consent', label: 'I agree', required: true },
  ],
}

function posted(entries: Array<[string, string]>): FormData {
  const data = new FormData()
  entries.forEach(([name, value]) => data.append(name, value))
  return data
}

describe('reading a posted page', () => {
  it('builds each answer in the shape its question type expects and ignores other fields', () => {
    const data = posted([
      ['name', 'Ada'],
      ['dob-day', '1'],
      ['dob-month', '2'],
      ['dob-year', '1990'],
      ['address-line1', '1 High St'],
      ['address-town', 'London'],
      ['address-postcode', 'sw1a2aa'],
      ['topics', 'a'],
      ['topics', 'b'],
      ['$ACTION_ID_abc', ''],
      ['website', 'spam'],
    ])
    expect(readPageValues(page, data)).toEqual({
      name: 'Ada',
      dob: { day: '1', month: '2', year: '1990' },
      address: { line1: '1 High St', line2: '', town: 'London', county: '', postcode: 'sw1a2aa' },
      topics: ['a', 'b'],
    })
  })

  it('gives values the same schema accepts in the browser and on the server', () => {
    const data = posted([['name', 'Ada'], ['dob-day', '31'], ['dob-month', '2'], ['dob-year', '1990'], ['agree', 'yes']])
    const result = validatePage(form([page]), 'about', readPageValues(page, data), {}, { now: NOW })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((error) => error.field)).toEqual(['dob', 'address.line1', 'address.town', 'address.postcode'])
    expect(result.errors.map((error) => fieldAnchor(page, error.field))).toEqual([
      'dob-day',
      'address-line1',
      'address-town',
      'address-postcode',
    ])
    expect(errorsFor(result.errors, 'address')).toHaveLength(3)
  })

  it('cuts absurdly long text so a huge post is not stored whole', () => {
    const value = readPageValues(page, posted([['name', 'x'.repeat(50_000)]])).name
    expect(typeof value === 'string' && value.length).toBe(10_001)
  })
})

describe('showing answers back', () => {
  it('splits a stored ISO date into the boxes without leading zeros', () => {
    expect(['day', 'month', 'year'].map((part) => partOf('1990-02-01', part))).toEqual(['1', '2', '1990'])
    expect(partOf({ day: '31', month: 'x' }, 'month')).toBe('x')
    expect(partOf(null, 'day')).toBe('')
  })

  it('reads choices and text from stored and typed answers', () => {
    expect(chosenOf(['a', 1, 'b'])).toEqual(['a', 'b'])
    expect(chosenOf(true)).toEqual(['yes'])
    expect(textOf(7)).toBe('7')
    expect(textOf({})).toBe('')
  })
})

import { describe, expect, it } from '@jest/globals'

import { questionType } from '@/forms/questions'

import { NOW, outcome, question } from './helpers'

const dob = question('date', { label: 'What is your date of birth?', validation: { dateNotInFuture: true } })
const start = question('date', { label: 'Start date', validation: { dateNotInPast: true } })
const window = question('date', {
  label: 'Rotation date',
  validation: { dateAfter: '2024-01-01', dateBefore: '2025-01-01' },
})
const parts = (day: string, month: string, year: string) => ({ day, month, year })

describe('date', () => {
  it.each([
    ['date parts', dob, parts('1', '2', '1990'), { value: '1990-02-01' }],
    ['padded parts', dob, parts(' 01 ', '02', '1990'), { value: '1990-02-01' }],
    ['numeric parts', dob, { day: 1, month: 2, year: 1990 }, { value: '1990-02-01' }],
    ['ISO string', dob, '1990-02-01', { value: '1990-02-01' }],
    ['leap day', dob, parts('29', '2', '2024'), { value: '2024-02-29' }],
    ['today is not in the future', dob, '2024-06-15', { value: '2024-06-15' }],
    ['missing', dob, undefined, { error: 'Enter your date of birth' }],
    ['all boxes empty', dob, parts('', '', ''), { error: 'Enter your date of birth' }],
    ['missing day', dob, parts('', '2', '1990'), { error: 'Your date of birth must include a day' }],
    ['missing month', dob, parts('1', '', '1990'), { error: 'Your date of birth must include a month' }],
    ['missing day and year', dob, parts('', '2', ''), { error: 'Your date of birth must include a day and year' }],
    ['two digit year', dob, parts('1', '2', '90'), { error: 'Year must include 4 numbers' }],
    ['31 April', dob, parts('31', '4', '1990'), { error: 'Your date of birth must be a real date' }],
    ['29 Feb in a common year', dob, parts('29', '2', '2023'), { error: 'Your date of birth must be a real date' }],
    ['month 13', dob, parts('1', '13', '1990'), { error: 'Your date of birth must be a real date' }],
    ['letters', dob, parts('a', 'b', 'cccc'), { error: 'Your date of birth must be a real date' }],
    ['bad ISO', dob, '1990-02-30', { error: 'Your date of birth must be a real date' }],
    ['not ISO', dob, '01/02/1990', { error: 'Your date of birth must be a real date' }],
    ['number', dob, 19900201, { error: 'Your date of birth must be a real date' }],
    ['in the future', dob, '2024-06-16', { error: 'Your date of birth must be today or in the past' }],
    ['in the past', start, '2024-06-14', { error: 'Start date must be today or in the future' }],
    ['today is not in the past', start, '2024-06-15', { value: '2024-06-15' }],
    ['after dateAfter', window, '2024-01-02', { value: '2024-01-02' }],
    ['on dateAfter', window, '2024-01-01', { error: 'Rotation date must be after 1 January 2024' }],
    ['on dateBefore', window, '2025-01-01', { error: 'Rotation date must be before 1 January 2025' }],
  ])('%s', (_, q, value, expected) => {
    expect(outcome(q, value)).toEqual(expected)
  })

  it('takes "today" in UK time, not UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    const lateEvening = new Date('2024-06-30T23:30:00Z')
    expect(outcome(dob, '2024-07-01', lateEvening)).toEqual({ value: '2024-07-01' })
  })

  it('uses the `now` passed in', () => {
    expect(outcome(dob, '2030-01-01', new Date('2031-01-01T00:00:00Z'))).toEqual({ value: '2030-01-01' })
    expect(NOW.toISOString()).toBe('2024-06-15T11:00:00.000Z')
  })

  it('is optional when not required', () => {
    expect(outcome({ ...dob, required: false }, parts('', '', ''))).toEqual({ value: undefined })
  })

  it.each([
    [parts('1', '2', '1990'), '1 February 1990'],
    ['2024-12-25', '25 December 2024'],
    ['junk', ''],
  ])('formats %j as %s', (value, expected) => {
    expect(questionType('date').format(value, dob)).toBe(expected)
  })
})

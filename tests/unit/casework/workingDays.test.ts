import { describe, expect, it } from '@jest/globals'

import { describeDue } from '@/casework/describeDue'
import { addWorkingDays, endOfWorkingWeek, isBankHoliday, isWorkingDay, nthWorkingDayAfter, workingDaysBetween } from '@/casework/workingDays'

const at = (iso: string) => new Date(iso)

describe('bank holidays in England and Wales', () => {
  it.each([
    ['2026-12-25', true, 'Christmas Day 2026 (Friday)'],
    ['2026-12-26', true, 'Boxing Day 2026 (a Saturday)'],
    ['2026-12-28', true, 'Boxing Day substitute: Monday 28 December 2026'],
    ['2027-03-26', true, 'Good Friday 2027'],
    ['2027-03-29', true, 'Easter Monday 2027'],
    ['2027-05-31', true, 'late May (spring) bank holiday 2027'],
    ['2027-03-28', false, 'Easter Sunday is an observance, not a bank holiday'],
    ['2027-03-07', false, "Mother's Day is an observance"],
    ['2027-06-20', false, "Father's Day is an observance"],
    ['2026-12-29', false, 'an ordinary Tuesday'],
  ])('%s is a bank holiday: %s (%s)', (day, expected) => {
    expect(isBankHoliday(day)).toBe(expected)
  })

  it('counts weekdays, not observances: Friday 5 March 2027 + 1 working day is Monday 8 March (Mother\'s Day is the Sunday between)', () => {
    expect(nthWorkingDayAfter('2027-03-05', 1)).toBe('2027-03-08')
    expect(isWorkingDay('2027-03-08')).toBe(true)
  })
})

describe('addWorkingDays: due at the end of the N-th working day after the UK day of arrival', () => {
  it.each([
    ['weekday to next day (GMT)', '2026-12-01T09:00:00Z', 1, [], '2026-12-02T23:59:59.999Z'],
    ['Friday + 5 skips the weekend', '2026-11-27T12:00:00Z', 5, [], '2026-12-04T23:59:59.999Z'],
    ['Saturday + 1 is Monday', '2026-11-28T12:00:00Z', 1, [], '2026-11-30T23:59:59.999Z'],
    ['Sunday + 1 is Monday', '2026-11-29T23:00:00Z', 1, [], '2026-11-30T23:59:59.999Z'],
    ['0 working days is the end of the day itself', '2026-12-01T09:00:00Z', 0, [], '2026-12-01T23:59:59.999Z'],
    ['Christmas 2026: Christmas Eve + 1 skips 25, the weekend and Monday 28', '2026-12-24T10:00:00Z', 1, [], '2026-12-29T23:59:59.999Z'],
    ['Christmas 2026 with the office closed on 24 December', '2026-12-23T10:00:00Z', 1, ['2026-12-24'], '2026-12-29T23:59:59.999Z'],
    ['a closure day stored as a Payload date (start of the day)', '2026-12-23T10:00:00Z', 1, ['2026-12-24T00:00:00.000Z'], '2026-12-29T23:59:59.999Z'],
    ['a summer closure stored at midnight BST (23:00 UTC the day before)', '2027-06-14T09:00:00Z', 1, ['2027-06-14T23:00:00.000Z'], '2027-06-16T22:59:59.999Z'],
    ['Easter 2027: Thursday + 1 skips Good Friday and Easter Monday; due in BST', '2027-03-25T16:00:00Z', 1, [], '2027-03-30T22:59:59.999Z'],
    ['late May bank holiday 2027: Friday + 1 is Tuesday 1 June', '2027-05-28T08:00:00Z', 1, [], '2027-06-01T22:59:59.999Z'],
    ['00:30 BST on Tuesday is Tuesday, though still Monday in UTC', '2026-06-01T23:30:00Z', 1, [], '2026-06-03T22:59:59.999Z'],
    ['23:30 BST on Friday is Friday; clocks go back on Sunday; due Monday in GMT', '2026-10-23T22:30:00Z', 1, [], '2026-10-26T23:59:59.999Z'],
    ['00:30 BST on Saturday is the weekend: due Monday', '2026-10-23T23:30:00Z', 1, [], '2026-10-26T23:59:59.999Z'],
    ['clocks go forward on Sunday 28 March 2027: Friday + 1 is Monday in BST', '2027-03-19T12:00:00Z', 1, [], '2027-03-22T23:59:59.999Z'],
  ])('%s', (_, start, days, closures, due) => {
    expect(addWorkingDays(at(start), days, closures).toISOString()).toBe(due)
  })

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays(at('2026-12-01T09:00:00Z'), -1)).toThrow(RangeError)
    expect(() => addWorkingDays(at('2026-12-01T09:00:00Z'), 1.5)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-27T12:00:00Z', '2026-12-04T12:00:00Z', 5],
    ['2026-12-04T12:00:00Z', '2026-11-27T12:00:00Z', -5],
    ['2026-12-01T08:00:00Z', '2026-12-01T20:00:00Z', 0],
    ['2026-12-24T10:00:00Z', '2026-12-29T10:00:00Z', 1],
    ['2027-03-25T10:00:00Z', '2027-04-02T10:00:00Z', 4],
  ])('%s → %s: %i', (a, b, expected) => {
    expect(workingDaysBetween(at(a), at(b))).toBe(expected)
  })

  it.each([0, 1, 3, 5, 10, 20])('undoes addWorkingDays for %i days across Christmas', (days) => {
    const start = at('2026-12-18T15:00:00Z')
    expect(workingDaysBetween(start, addWorkingDays(start, days, ['2026-12-31']), ['2026-12-31'])).toBe(days)
  })
})

describe('describeDue', () => {
  const due = at('2026-12-04T23:59:59.999Z') // end of Friday 4 December 2026
  it.each([
    ['2026-12-02T10:00:00Z', 'due in 2 working days'],
    ['2026-12-03T10:00:00Z', 'due in 1 working day'],
    ['2026-12-04T08:00:00Z', 'due today'],
    ['2026-12-04T23:59:59.999Z', 'due today'],
    ['2026-12-05T10:00:00Z', 'overdue'],
    ['2026-12-07T10:00:00Z', 'overdue by 1 working day'],
    ['2026-12-09T10:00:00Z', 'overdue by 3 working days'],
  ])('at %s: %s', (now, expected) => {
    expect(describeDue(due, at(now))).toBe(expected)
  })

  it('counts closure days out', () => {
    expect(describeDue(due, at('2026-12-02T10:00:00Z'), ['2026-12-03'])).toBe('due in 1 working day')
  })

  it('says so when due on a non-working day before the next working day', () => {
    expect(describeDue(at('2026-12-05T23:59:59.999Z'), at('2026-12-04T10:00:00Z'))).toBe('due before the next working day')
  })
})

describe('endOfWorkingWeek', () => {
  it.each([
    ['Monday: this Friday', '2026-11-30T09:00:00Z', [], '2026-12-04T23:59:59.999Z'],
    ['Friday evening: still this Friday', '2026-12-04T18:00:00Z', [], '2026-12-04T23:59:59.999Z'],
    ['Saturday: the week ahead', '2026-12-05T09:00:00Z', [], '2026-12-11T23:59:59.999Z'],
    ['Christmas week: Thursday 24 December', '2026-12-21T09:00:00Z', [], '2026-12-24T23:59:59.999Z'],
    ['Christmas week with 24 December closed: Wednesday', '2026-12-21T09:00:00Z', ['2026-12-24'], '2026-12-23T23:59:59.999Z'],
    ['Easter week 2027 in BST: Thursday 25 March', '2027-03-22T09:00:00Z', [], '2027-03-25T23:59:59.999Z'],
  ])('%s', (_, now, closures, end) => {
    expect(endOfWorkingWeek(at(now), closures).toISOString()).toBe(end)
  })
})

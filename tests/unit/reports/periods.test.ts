import { describe, expect, it } from '@jest/globals'

import { ageBandOf } from '@/reports/ageBands'
import { periodLabel, periodOf, periodsBetween, weekStart } from '@/reports/periods'

describe('periods', () => {
  it.each([
    ['2026-11-02', '2026-11-02', 'a Monday is its own week start'],
    ['2026-11-08', '2026-11-02', 'a Sunday belongs to the week before'],
    ['2026-11-05', '2026-11-02', 'a Thursday'],
    ['2027-01-01', '2026-12-28', 'a week across the new year'],
  ])('%s is in the week of %s (%s)', (day, monday) => {
    expect(weekStart(day)).toBe(monday)
  })

  it.each([
    ['2026-11-05', 'week', '2026-11-02', 'w/c 2 Nov 2026'],
    ['2026-11-05', 'month', '2026-11', 'Nov 2026'],
    ['2027-01-31', 'month', '2027-01', 'Jan 2027'],
  ] as const)('%s by %s is %s, "%s"', (day, group, key, label) => {
    expect(periodOf(day, group)).toBe(key)
    expect(periodLabel(key, group)).toBe(label)
  })

  it.each([
    ['2026-11-04', '2026-11-20', 'week', ['2026-11-02', '2026-11-09', '2026-11-16']],
    ['2026-11-02', '2026-11-02', 'week', ['2026-11-02']],
    ['2026-11-15', '2027-02-01', 'month', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-12-01', '2026-12-31', 'month', ['2026-12']],
  ] as const)('from %s to %s by %s', (from, to, group, expected) => {
    expect(periodsBetween(from, to, group)).toEqual(expected)
  })
})

describe('age bands of open referrals', () => {
  it.each([
    ['2026-11-30', 'under-1-week'],
    ['2026-11-24', 'under-1-week'],
    ['2026-11-23', '1-2-weeks'],
    ['2026-11-16', '2-4-weeks'],
    ['2026-11-02', '4-weeks-3-months'],
    ['2026-09-01', '4-weeks-3-months'],
    ['2026-08-30', '3-6-months'],
    ['2025-01-01', 'over-6-months'],
    ['2026-12-05', 'under-1-week'],
  ])('received %s, seen on 30 Nov 2026: %s', (received, band) => {
    expect(ageBandOf(received, '2026-11-30')).toBe(band)
  })
})

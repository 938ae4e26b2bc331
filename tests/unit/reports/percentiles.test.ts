import { describe, expect, it } from '@jest/globals'

import { addHistogram, percentile } from '@/reports/percentiles'

/** A histogram from a list of values. */
const of = (...values: number[]) => addHistogram({}, Object.fromEntries(values.map((v) => [String(v), values.filter((w) => w === v).length])))

describe('nearest-rank percentiles from a histogram', () => {
  it.each<[string, Record<string, number>, number, number | null]>([
    ['empty', {}, 50, null],
    ['one value', of(4), 50, 4],
    ['odd count: the middle value', of(1, 2, 9), 50, 2],
    ['even count: the lower middle value', of(1, 2, 3, 9), 50, 2],
    ['p90 of 1..10 is 9', of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9],
    ['p90 of 1..11 is 10 (rank ceil(9.9) = 10)', of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90, 10],
    ['p100 is the largest', of(0, 0, 3, 12), 100, 12],
    ['values are sorted as numbers, not text', { '10': 1, '9': 1, '2': 1 }, 50, 9],
    ['counts weigh values', { '0': 8, '5': 2 }, 90, 5],
    ['counts weigh values (median)', { '0': 8, '5': 2 }, 50, 0],
  ])('%s', (_, histogram, p, expected) => {
    expect(percentile(histogram, p)).toBe(expected)
  })

  it.each([0, -1, 101, Number.NaN])('refuses p = %p', (p) => {
    expect(() => percentile(of(1), p)).toThrow(RangeError)
  })

  it('adds histograms', () => {
    expect(addHistogram({ '1': 2 }, { '1': 1, '3': 4 })).toEqual({ '1': 3, '3': 4 })
  })
})

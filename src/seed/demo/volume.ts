import { addDays, weekday, type IsoDay } from '@/casework/londonTime'
import type { Random } from './random'

/** Fewer referrals at weekends, most early in the week. Sunday first. */
const WEEKDAY = [0.2, 1.35, 1.2, 1.1, 1.0, 0.85, 0.25]
/** More in August (rotations start) and in the exam months, fewer over Christmas. January first. */
const MONTH = [1.15, 1.1, 1.15, 1.0, 1.05, 0.95, 0.9, 1.3, 1.1, 1.05, 1.0, 0.7]

/**
 * How many referrals arrive on each day from `first` to `last`, `total` in all: each day's
 * share follows its weekday, its month and a slow growth over the period, and the few left
 * over by rounding go to days drawn by the same weights.
 */
export function dailyCounts(first: IsoDay, last: IsoDay, total: number, random: Random): Array<[IsoDay, number]> {
  const days: IsoDay[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  const weights = days.map((day, index) => WEEKDAY[weekday(day)] * MONTH[Number(day.slice(5, 7)) - 1] * (0.85 + (0.3 * index) / days.length))
  const sum = weights.reduce((a, b) => a + b, 0)
  const counts = weights.map((weight) => Math.floor((total * weight) / sum))
  const cumulative: number[] = []
  weights.reduce((running, weight) => (cumulative.push(running + weight), running + weight), 0)
  for (let left = total - counts.reduce((a, b) => a + b, 0); left > 0; left -= 1) {
    const point = random() * sum
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle] > point) high = middle
      else low = middle + 1
    }
    counts[low] += 1
  }
  return days.map((day, index) => [day, counts[index]])
}

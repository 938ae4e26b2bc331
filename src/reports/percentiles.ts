/**
 * Percentiles from a histogram (value → how many), by the nearest-rank method: the p-th
 * percentile of N values is the smallest value whose cumulative count reaches ceil(p/100 × N).
 * So the median of an even number of values is the lower of the two middle ones, and every
 * answer is a value that occurred (a whole number of working days). Pure.
 */
export type Histogram = Record<string, number>

/** How many values the histogram holds. */
export const histogramSize = (histogram: Histogram): number => Object.values(histogram).reduce((sum, n) => sum + n, 0)

/** The p-th percentile (0 < p ≤ 100) by nearest rank, or null when the histogram is empty. */
export function percentile(histogram: Histogram, p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile is above 0 and at most 100: ${p}`)
  const size = histogramSize(histogram)
  if (size === 0) return null
  const rank = Math.ceil((p / 100) * size)
  const values = Object.keys(histogram)
    .map(Number)
    .sort((a, b) => a - b)
  let seen = 0
  for (const value of values) {
    seen += histogram[String(value)]
    if (seen >= rank) return value
  }
  return values[values.length - 1]
}

/** Adds one histogram into another (in place) and returns it. */
export function addHistogram(into: Histogram, from: Histogram): Histogram {
  for (const [value, n] of Object.entries(from)) into[value] = (into[value] ?? 0) + n
  return into
}

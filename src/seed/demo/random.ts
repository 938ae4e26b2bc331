/** A seeded source of numbers in [0, 1): the same seed gives the same demo data. */
export type Random = () => number

/** mulberry32: tiny, fast and well spread; not for secrets, only for made-up data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number from `min` to `max` inclusive. */
export const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1))

/** One value, each as likely as its weight. */
export function weighted<T>(random: Random, choices: ReadonlyArray<readonly [T, number]>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
  let point = random() * total
  for (const [value, weight] of choices) {
    point -= weight
    if (point < 0) return value
  }
  return choices[choices.length - 1][0]
}

export const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]

/** One benchmark line: a measured ratio against its baseline and the target it must meet. */
export type Ratio = { name: string; value: number; baseline: number; ratio: number; target: number; unit: string; higherIsBetter: boolean }

export function ratio(name: string, value: number, baseline: number, target: number, unit = 'req/s', higherIsBetter = true): Ratio {
  return { name, value, baseline, ratio: value / baseline, target, unit, higherIsBetter }
}

const met = (line: Ratio) => (line.higherIsBetter ? line.ratio >= line.target : line.ratio <= line.target)

/** Prints each ratio with its target; returns whether all were met. */
export function printRatios(title: string, lines: Ratio[]): boolean {
  console.log(`\n${title}`)
  for (const line of lines) {
    const sign = line.higherIsBetter ? '≥' : '≤'
    console.log(
      `  ${met(line) ? 'PASS' : 'FAIL'}  ${line.name}: ${line.ratio.toFixed(2)}× ` +
        `(${line.value.toFixed(0)} vs ${line.baseline.toFixed(0)} ${line.unit}; target ${sign} ${line.target}×)`,
    )
  }
  return lines.every(met)
}

import type { ReportColumn, Shown } from '@/reports/types'

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

/** The words for `null`: a figure that does not apply (e.g. no referral contacted yet). */
export const NOT_APPLICABLE = '–'
/** What `*` means, beside every table and chart that may show it. */
export const SUPPRESSED_NOTE = '* fewer than 8 referrals, or a figure based on fewer than 8 (hidden so that nobody can be identified)'

/** A cell as the table shows it: `*` stays `*`; counts with thousands separators, days to one decimal place, percentages with `%`. */
export function formatCell(value: Shown | null | undefined, unit: ReportColumn['unit']): string {
  if (value === '*') return '*'
  if (value === null || value === undefined) return NOT_APPLICABLE
  if (unit === 'count') return count.format(value)
  if (unit === 'percent') return `${decimal.format(value)}%`
  return decimal.format(value)
}

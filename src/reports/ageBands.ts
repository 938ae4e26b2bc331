import type { IsoDay } from '@/casework/londonTime'

/**
 * How long an open referral has waited since it arrived, in calendar days between UK days
 * (received today = 0), banded for the open caseload. Pure.
 */
export const AGE_BANDS = [
  { key: 'under-1-week', label: 'Under 1 week', fromDays: 0 },
  { key: '1-2-weeks', label: '1 to 2 weeks', fromDays: 7 },
  { key: '2-4-weeks', label: '2 to 4 weeks', fromDays: 14 },
  { key: '4-weeks-3-months', label: '4 weeks to 3 months', fromDays: 28 },
  { key: '3-6-months', label: '3 to 6 months', fromDays: 91 },
  { key: 'over-6-months', label: 'Over 6 months', fromDays: 183 },
] as const

export type AgeBand = (typeof AGE_BANDS)[number]['key']

const DAY_MS = 24 * 60 * 60 * 1000

/** Calendar days from one UK day to a later one. */
export const daysBetween = (from: IsoDay, to: IsoDay): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)

/** The band of a referral received on `receivedDay`, seen on `today` (a future day counts as 0). */
export function ageBandOf(receivedDay: IsoDay, today: IsoDay): AgeBand {
  const age = Math.max(0, daysBetween(receivedDay, today))
  let band: AgeBand = AGE_BANDS[0].key
  for (const candidate of AGE_BANDS) if (age >= candidate.fromDays) band = candidate.key
  return band
}


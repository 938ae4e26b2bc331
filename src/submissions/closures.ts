import type { Payload, PayloadRequest } from 'payload'

/** Closure days change a few times a year; a referral may count with a list a minute old. */
const CACHE_MS = 60_000

let cached: { days: string[]; readAt: number } | undefined

/**
 * The office closure days from the Working calendar global, read at most once a minute per
 * process (saving the global clears this process's copy at once), so storing a referral costs
 * no extra query most of the time.
 */
export async function loadClosures(payload: Payload, req?: Partial<PayloadRequest>): Promise<string[]> {
  if (cached && Date.now() - cached.readAt < CACHE_MS) return cached.days
  const calendar = await payload.findGlobal({ slug: 'working-calendar', depth: 0, req })
  const days = (calendar.closures ?? []).map((closure) => closure.date)
  cached = { days, readAt: Date.now() }
  return days
}

/** Forgets the cached closure days (after the global is saved). */
export function forgetClosures(): void {
  cached = undefined
}

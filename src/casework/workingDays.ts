/**
 * Working days: Monday to Friday, less office closure days (ISO `YYYY-MM-DD`). Pure.
 * Deadlines are stored as dates; these turn them into words a case worker reads.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** The calendar day of a moment, in UTC, as `YYYY-MM-DD`. */
const dayOf = (moment: Date): string => moment.toISOString().slice(0, 10)

function isWorkingDay(day: Date, closures: ReadonlySet<string>): boolean {
  const weekday = day.getUTCDay()
  return weekday !== 0 && weekday !== 6 && !closures.has(dayOf(day))
}

/**
 * Working days from `from` to `to`, counting the days after `from`'s day up to and including
 * `to`'s day; negative when `to` is earlier. Same day gives 0.
 */
export function workingDaysBetween(from: Date, to: Date, closures: readonly string[] = []): number {
  const closed = new Set(closures.map((date) => date.slice(0, 10)))
  const start = Date.parse(dayOf(from))
  const end = Date.parse(dayOf(to))
  const sign = end >= start ? 1 : -1
  let count = 0
  for (let time = start + sign * DAY_MS; sign > 0 ? time <= end : time >= end; time += sign * DAY_MS) {
    if (isWorkingDay(new Date(time), closed)) count += 1
  }
  return sign * count
}

const plural = (count: number): string => `${count} working ${count === 1 ? 'day' : 'days'}`

/** "Due today", "due in 2 working days" or "overdue by 3 working days". */
export function describeDue(due: Date, now: Date, closures: readonly string[] = []): string {
  if (due.getTime() < now.getTime()) {
    const late = Math.max(1, -workingDaysBetween(now, due, closures))
    return `Overdue by ${plural(late)}`
  }
  const left = workingDaysBetween(now, due, closures)
  return left === 0 ? 'Due today' : `Due in ${plural(left)}`
}

import { londonDay } from './londonTime'
import { type Closures, workingDaysBetween } from './workingDays'

const workingDays = (count: number) => `${count} working ${count === 1 ? 'day' : 'days'}`

/**
 * A deadline in the words case workers use, counted in working days from `now`: "due today",
 * "due in 2 working days", "overdue by 3 working days". Past its due time with no working day
 * since (a weekend), it is plainly "overdue".
 */
export function describeDue(due: Date, now: Date, closures: Closures = []): string {
  if (now.getTime() > due.getTime()) {
    const late = workingDaysBetween(due, now, closures)
    return late > 0 ? `overdue by ${workingDays(late)}` : 'overdue'
  }
  if (londonDay(now) === londonDay(due)) return 'due today'
  const ahead = workingDaysBetween(now, due, closures)
  return ahead > 0 ? `due in ${workingDays(ahead)}` : 'due before the next working day'
}

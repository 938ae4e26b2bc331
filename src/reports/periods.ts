import { addDays, type IsoDay, weekday } from '@/casework/londonTime'

import type { Grouping } from './types'

/**
 * The periods reports group by, on UK calendar days: ISO weeks (Monday to Sunday, keyed and
 * labelled by their Monday: "w/c 2 Nov 2026") and calendar months ("Nov 2026"). Pure.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The Monday of a day's ISO week. */
export const weekStart = (day: IsoDay): IsoDay => addDays(day, -((weekday(day) + 6) % 7))

/** A period's key: the Monday (`YYYY-MM-DD`) of its week, or its month (`YYYY-MM`). */
export const periodOf = (day: IsoDay, group: Grouping): string => (group === 'week' ? weekStart(day) : day.slice(0, 7))

/** "w/c 2 Nov 2026" for a week, "Nov 2026" for a month. */
export function periodLabel(key: string, group: Grouping): string {
  const [year, month, day] = key.split('-').map(Number)
  const monthYear = `${MONTHS[month - 1]} ${year}`
  return group === 'week' ? `w/c ${day} ${monthYear}` : monthYear
}

/** The heading of a period column or row. */
export const periodHeader = (group: Grouping): string => (group === 'week' ? 'Week beginning' : 'Month')

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from: IsoDay, to: IsoDay, group: Grouping): string[] {
  const periods: string[] = []
  if (group === 'week') {
    for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) periods.push(monday)
    return periods
  }
  let [year, month] = from.slice(0, 7).split('-').map(Number)
  const last = to.slice(0, 7)
  for (let key = from.slice(0, 7); key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    periods.push(key)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return periods
}

/** "2 Nov 2026": a UK day as captions say it. */
export function dayLabel(day: IsoDay): string {
  const [year, month, date] = day.split('-').map(Number)
  return `${date} ${MONTHS[month - 1]} ${year}`
}

import Holidays from 'date-holidays'

import { addDays, endOfLondonDay, type IsoDay, londonDay, toLondonDay, weekday } from './londonTime'

/**
 * Working days for deadlines: Monday to Friday in UK local time, except England and Wales bank
 * holidays (from date-holidays, public holidays only: observances such as Mother's Day are
 * working days) and the office's own closure days (the Working calendar global).
 * Pure: `now` and the closures are passed in.
 */
export type Closures = readonly (string | Date)[]

let calendar: Holidays | undefined
const bankHolidaysByYear = new Map<number, ReadonlySet<IsoDay>>()

function bankHolidays(year: number): ReadonlySet<IsoDay> {
  let days = bankHolidaysByYear.get(year)
  if (!days) {
    calendar ??= new Holidays('GB', 'ENG')
    days = new Set(calendar.getHolidays(year).filter((holiday) => holiday.type === 'public').map((holiday) => holiday.date.slice(0, 10)))
    bankHolidaysByYear.set(year, days)
  }
  return days
}

/** True on an England and Wales bank holiday (substitute days included). */
export function isBankHoliday(day: IsoDay): boolean {
  return bankHolidays(Number(day.slice(0, 4))).has(day)
}

const closureSet = (closures: Closures): ReadonlySet<IsoDay> => new Set(closures.map(toLondonDay))

function isWorkingDayIn(day: IsoDay, closed: ReadonlySet<IsoDay>): boolean {
  const dayOfWeek = weekday(day)
  return dayOfWeek !== 0 && dayOfWeek !== 6 && !isBankHoliday(day) && !closed.has(day)
}

/** True when the office works on this UK day. */
export function isWorkingDay(day: IsoDay, closures: Closures = []): boolean {
  return isWorkingDayIn(day, closureSet(closures))
}

/** The N-th working day after a day (the day itself when N is 0). */
export function nthWorkingDayAfter(day: IsoDay, n: number, closures: Closures = []): IsoDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number, 0 or more: ${n}`)
  const closed = closureSet(closures)
  let current = day
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1)
    if (isWorkingDayIn(current, closed)) counted += 1
  }
  return current
}

/**
 * When something that arrives at `start` (any time of its UK day D) is due with N working
 * days: the end (23:59:59.999 UK time) of the N-th working day after D. Arriving on a
 * Saturday with 1 working day is due at the end of Monday; arriving on a Monday, at the end
 * of Tuesday.
 */
export function addWorkingDays(start: Date, n: number, closures: Closures = []): Date {
  return endOfLondonDay(nthWorkingDayAfter(londonDay(start), n, closures))
}

/**
 * The working days after `a`'s UK day up to and including `b`'s, negative when `b` is the
 * earlier day: `workingDaysBetween(start, addWorkingDays(start, n)) === n`.
 */
export function workingDaysBetween(a: Date, b: Date, closures: Closures = []): number {
  const closed = closureSet(closures)
  const from = londonDay(a)
  const to = londonDay(b)
  const [first, last, sign] = from <= to ? [from, to, 1] : [to, from, -1]
  let count = 0
  for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) if (isWorkingDayIn(day, closed)) count += 1
  return sign * count
}

/**
 * The end of this working week's last working day: the Monday-to-Sunday week of the next
 * working day on or after `now` (so on a Saturday, the week ahead).
 */
export function endOfWorkingWeek(now: Date, closures: Closures = []): Date {
  const closed = closureSet(closures)
  let day = londonDay(now)
  while (!isWorkingDayIn(day, closed)) day = addDays(day, 1)
  let last = day
  for (let next = addDays(day, 1); weekday(next) !== 1; next = addDays(next, 1)) if (isWorkingDayIn(next, closed)) last = next
  return endOfLondonDay(last)
}

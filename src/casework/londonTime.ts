/**
 * Calendar days in UK local time (Europe/London, GMT in winter and BST in summer), as
 * `YYYY-MM-DD` strings, and the instants at which they end. Pure: uses only the built-in Intl.
 */
export type IsoDay = string

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 24 * 60 * 60 * 1000

function londonParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]))
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** The UK calendar day an instant falls on. */
export function londonDay(instant: Date): IsoDay {
  const { year, month, day } = londonParts(instant)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

function utcMidnight(day: IsoDay): number {
  const match = ISO_DAY.exec(day)
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`)
  return Date.UTC(+match[1], +match[2] - 1, +match[3])
}

/** The day after (or, with a negative step, before) a day. */
export function addDays(day: IsoDay, step: number): IsoDay {
  return new Date(utcMidnight(day) + step * DAY_MS).toISOString().slice(0, 10)
}

/** 0 Sunday … 6 Saturday. */
export function weekday(day: IsoDay): number {
  return new Date(utcMidnight(day)).getUTCDay()
}

/** How far London is ahead of UTC at an instant, in milliseconds (0 in GMT, one hour in BST). */
function londonOffsetMs(instant: number): number {
  const p = londonParts(new Date(instant))
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000
}

/** The instant a UK day starts (clocks change at 01:00 UTC, so midnight is never ambiguous). */
export function startOfLondonDay(day: IsoDay): Date {
  const midnightUtc = utcMidnight(day)
  return new Date(midnightUtc - londonOffsetMs(midnightUtc))
}

/** The last millisecond of a UK day: 23:59:59.999 London time. */
export function endOfLondonDay(day: IsoDay): Date {
  return new Date(startOfLondonDay(addDays(day, 1)).getTime() - 1)
}

/**
 * A closure day as stored: a `YYYY-MM-DD` string is that day; an instant (a Payload date
 * field, saved at the start or the middle of the picked day) is the UK day it falls on.
 */
export function toLondonDay(value: string | Date): IsoDay {
  if (typeof value === 'string' && ISO_DAY.test(value)) return value
  const instant = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return londonDay(instant)
}

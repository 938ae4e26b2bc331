import { isRecord, ownValue } from './values'

export type DateParts = { day: string; month: string; year: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function partText(record: unknown, key: keyof DateParts): string {
  const value = ownValue(record, key)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' ? value.trim().slice(0, 20) : ''
}

/** The three boxes of an NHS date input, as trimmed strings ('' when missing). */
export function dateParts(value: unknown): DateParts | undefined {
  if (!isRecord(value)) return undefined
  return { day: partText(value, 'day'), month: partText(value, 'month'), year: partText(value, 'year') }
}

/** True when year/month/day name a day that exists (so 31 April and 29 February 2023 fail). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= lengths[month - 1]
}

/** `YYYY-MM-DD` for a real date, else undefined. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (!isRealDate(year, month, day)) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Parses an ISO `YYYY-MM-DD` string that names a real date. */
export function parseIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = ISO_DATE.exec(value.trim())
  if (!match) return undefined
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** Converts date parts (digits only) or an ISO string into ISO, else undefined. */
export function normaliseDate(value: unknown): string | undefined {
  const parts = dateParts(value)
  if (!parts) return parseIsoDate(value)
  if (![parts.day, parts.month, parts.year].every((part) => /^\d{1,4}$/.test(part))) return undefined
  if (parts.year.length !== 4) return undefined
  return toIsoDate(Number(parts.year), Number(parts.month), Number(parts.day))
}

/**
 * Today's date in the UK. Trainees answer in UK time, and UTC would move "today" back a day
 * for the first hour of every day in British Summer Time.
 */
export function todayIso(now: Date): string {
  return UK_DATE.format(now)
}

/** Made once: building a formatter costs far more than using one. */
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })

/** NHS style long date, e.g. "1 January 2020". */
export function formatIsoDate(iso: string): string {
  const match = ISO_DATE.exec(iso)
  if (!match) return iso
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`
}

import { z } from 'zod'

import { addDays, type IsoDay, londonDay } from '@/casework/londonTime'
import type { FieldError } from '@/forms/types'

import { GROUPINGS, type ReportFilters } from './types'

/**
 * The reports' filters from GET parameters (`from`, `to`, `service`, `group`), so every view
 * has a shareable address. Defaults: the last 12 months (from the first day of the month 11
 * months ago to today, UK time), grouped by month. Pure: `now` and the known services' slugs
 * are passed in.
 */
export const MAX_REPORT_YEARS = 5

export type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>

export type ParsedFilters = { ok: true; filters: ReportFilters } | { ok: false; errors: FieldError[] }

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const isRealDay = (value: string) => ISO_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

const day = (label: string) =>
  z
    .string()
    .trim()
    .refine(isRealDay, `Enter the ${label} date as a real date, like 2026-11-02`)
    .optional()

const schema = z.object({
  from: day('start'),
  to: day('end'),
  service: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,100}$/, 'Select a service from the list')
    .optional(),
  group: z.enum(GROUPINGS, { error: 'Select week or month' }).optional(),
})

function single(params: SearchParams, key: string, errors: FieldError[]): string | undefined {
  const values = params instanceof URLSearchParams ? params.getAll(key) : ([] as string[]).concat(params[key] ?? [])
  if (values.length > 1) errors.push({ field: key, message: `Give ${key} once` })
  const value = values[0]
  return value === undefined || value.trim() === '' ? undefined : value
}

/** Twelve months back: the first day of the month 11 months before `today`'s. */
export function defaultFrom(today: IsoDay): IsoDay {
  const [year, month] = today.split('-').map(Number)
  const index = year * 12 + (month - 1) - 11
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** Validates the filters; an unknown service is an error only when `serviceSlugs` is given. */
export function parseReportFilters(params: SearchParams, now: Date, serviceSlugs?: readonly string[]): ParsedFilters {
  const errors: FieldError[] = []
  const raw = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, single(params, key, errors)]))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ field: String(issue.path[0]), message: issue.message })
  if (errors.length > 0 || !parsed.success) return { ok: false, errors }
  const today = londonDay(now)
  const to = parsed.data.to ?? today
  const from = parsed.data.from ?? defaultFrom(to)
  const { service, group = 'month' } = parsed.data
  if (to < from) errors.push({ field: 'to', message: 'The end date must be the same as or after the start date' })
  else if (from < addDays(to, -366 * MAX_REPORT_YEARS)) errors.push({ field: 'from', message: `Choose dates at most ${MAX_REPORT_YEARS} years apart` })
  if (to > today) errors.push({ field: 'to', message: 'The end date must be today or in the past' })
  if (service && serviceSlugs && !serviceSlugs.includes(service)) errors.push({ field: 'service', message: 'Select a service from the list' })
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, filters: { from, to, group, ...(service ? { service } : {}) } }
}

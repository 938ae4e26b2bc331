import { z } from 'zod'

import { addDays, londonDay, type IsoDay } from '@/casework/londonTime'

export type FieldError = { field: string; message: string }

/** What an export asks for, checked: UK days received (inclusive), a service's slug, identified columns. */
export type ExportQuery = { from: IsoDay; to: IsoDay; service?: string; identified: boolean }

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const isRealDay = (value: string) => ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

const day = (name: string) =>
  z
    .string()
    .trim()
    .refine(isRealDay, { message: `Enter the ${name} date as YYYY-MM-DD, for example 2026-04-01` })
    .refine((value) => value >= '2000-01-01' && value <= '2099-12-31', { message: `Enter a ${name} date between 2000 and 2099` })
    .optional()

const schema = z.object({
  from: day('start'),
  to: day('end'),
  service: z
    .string()
    .trim()
    .max(100, { message: 'Choose a service from the list' })
    .regex(/^[a-z0-9-]*$/, { message: 'Choose a service from the list' })
    .optional(),
  identified: z
    .enum(['', '0', '1', 'false', 'true'], { message: 'Set identified to 1 for identified columns, or leave it out' })
    .optional(),
})

const KNOWN = ['from', 'to', 'service', 'identified'] as const

/**
 * The export's GET parameters, checked: `from` and `to` default to the last 12 months (UK
 * days), `to` must not be before `from`; `service` is a slug (its existence is checked by the
 * caller); `identified=1` asks for identified columns. A repeated or unknown parameter is an
 * error, so a mistyped filter never silently exports everything.
 */
export function parseExportQuery(params: URLSearchParams, now: Date): { ok: true; query: ExportQuery } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  for (const key of new Set(params.keys())) {
    if (!(KNOWN as readonly string[]).includes(key)) errors.push({ field: key, message: `Unknown filter "${key}": use from, to, service or identified` })
    else if (params.getAll(key).length > 1) errors.push({ field: key, message: `Give ${key} once` })
  }
  const raw = Object.fromEntries(KNOWN.filter((key) => params.has(key)).map((key) => [key, params.get(key) ?? '']))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message })))
  if (errors.length > 0 || !parsed.success) return { ok: false, errors }
  const today = londonDay(now)
  const to = parsed.data.to || today
  const from = parsed.data.from || addDays(parsed.data.to ? to : today, -364)
  if (to < from) return { ok: false, errors: [{ field: 'to', message: 'The end date must be the same as or after the start date' }] }
  const identified = parsed.data.identified === '1' || parsed.data.identified === 'true'
  return { ok: true, query: { from, to, service: parsed.data.service || undefined, identified } }
}

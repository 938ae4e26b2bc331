import type { FieldError } from '@/forms/types'
import { parseReportFilters, type SearchParams } from '@/reports/filters'
import type { ReportFilters } from '@/reports/types'

/** What an export asks for: the reports' filters (days received, service), and whether identified columns are wanted. */
export type ExportQuery = Pick<ReportFilters, 'from' | 'to' | 'service'> & { identified: boolean }

const IDENTIFIED = { '1': true, true: true, '0': false, false: false } as const

/**
 * The export's GET parameters: the reports view's own filters (`from`, `to`, `service`; its
 * `group` is accepted and means nothing here), so the view links to the export of what it
 * shows, plus `identified=1` for identified columns.
 */
export function parseExportQuery(params: URLSearchParams, now: Date, serviceSlugs: readonly string[]): { ok: true; query: ExportQuery } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const parsed = parseReportFilters(params as SearchParams, now, serviceSlugs)
  if (!parsed.ok) errors.push(...parsed.errors)
  const raw = params.getAll('identified')
  if (raw.length > 1) errors.push({ field: 'identified', message: 'Give identified once' })
  const identified = raw.length === 0 || raw[0] === '' ? false : IDENTIFIED[raw[0] as keyof typeof IDENTIFIED]
  if (identified === undefined) errors.push({ field: 'identified', message: 'Set identified to 1 for identified columns, or leave it out' })
  if (!parsed.ok || errors.length > 0) return { ok: false, errors }
  const { from, to, service } = parsed.filters
  return { ok: true, query: { from, to, ...(service ? { service } : {}), identified: identified === true } }
}

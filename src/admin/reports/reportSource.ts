import type { PayloadRequest } from 'payload'

import type { FieldError } from '@/forms/types'
import { parseReportFilters, type SearchParams } from '@/reports/filters'
import { loadHeadlines } from '@/reports/loadHeadlines'
import { loadReport } from '@/reports/loadReport'
import type { ReportFilters } from '@/reports/types'

export type FilterError = FieldError
export type ServiceOption = { slug: string; title: string }

/** The services a report can be filtered by, in the site's navigation order. */
export async function serviceOptions(req: PayloadRequest): Promise<ServiceOption[]> {
  const { docs } = await req.payload.find({
    collection: 'services',
    select: { slug: true, title: true },
    sort: 'navOrder',
    depth: 0,
    limit: 100,
    pagination: false,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return docs.filter((doc) => typeof doc.slug === 'string' && doc.slug).map((doc) => ({ slug: String(doc.slug), title: String(doc.title) }))
}

export type AskedFilters = Partial<Record<keyof ReportFilters, string>>

/** The filters as typed in the address (first value of each), to show back beside their errors. */
export function askedFilters(params: SearchParams): AskedFilters {
  const first = (key: keyof ReportFilters) => {
    const value = params instanceof URLSearchParams ? params.get(key) : ([] as string[]).concat(params[key] ?? [])[0]
    return typeof value === 'string' ? value.slice(0, 100) : undefined
  }
  return { from: first('from'), to: first('to'), service: first('service'), group: first('group') }
}

/** Validated filters, or the errors to show and the defaults to fill the form with. */
export function readFilters(params: SearchParams, now: Date, services: ServiceOption[]): { filters: ReportFilters; errors: FilterError[] } {
  const parsed = parseReportFilters(params, now, services.map((service) => service.slug))
  if (parsed.ok) return { filters: parsed.filters, errors: [] }
  const defaults = parseReportFilters({}, now)
  if (!defaults.ok) throw new Error('The default report filters are invalid')
  return { filters: defaults.filters, errors: parsed.errors }
}

/** Whether the address asks for the figures without small-number suppression (honoured for admins only). */
export const asksUnsuppressed = (params: SearchParams): boolean =>
  (params instanceof URLSearchParams ? params.get('suppression') : ([] as string[]).concat(params.suppression ?? [])[0]) === 'off'

export { loadHeadlines, loadReport }

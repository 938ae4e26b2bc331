import type { Payload } from 'payload'

import { londonDay } from '@/casework/londonTime'

import { serviceKeyOf } from './cellCounts'
import { type SearchParams, parseReportFilters, type ParsedFilters } from './filters'
import { buildReportView } from './reportTables'
import { refreshRollups } from './rollups'
import { reportStore } from './store'
import type { ReportFilters, ReportView } from './types'

type ServiceName = { id: string | number; slug: string; title: string }

/** Every service's id, slug and title (a dozen), by title. */
export async function reportServices(payload: Payload): Promise<ServiceName[]> {
  const { docs } = await payload.find({ collection: 'services', select: { slug: true, title: true }, depth: 0, limit: 1000, pagination: false, sort: 'title' })
  return docs.map((doc) => ({ id: doc.id, slug: String(doc.slug ?? ''), title: String(doc.title ?? doc.slug ?? doc.id) }))
}

/** The filters from GET parameters, an unknown service slug refused (see filters.ts). */
export async function readReportFilters(payload: Payload, params: SearchParams, now = new Date()): Promise<ParsedFilters> {
  return parseReportFilters(params, now, (await reportServices(payload)).map((service) => service.slug))
}

async function formTitles(payload: Payload): Promise<Record<string, string>> {
  const { docs } = await payload.find({ collection: 'forms', select: { slug: true, title: true }, depth: 0, limit: 1000, pagination: false })
  return Object.fromEntries(docs.map((doc) => [String(doc.slug), String(doc.title ?? doc.slug)]))
}

/**
 * The managers' report for validated filters: refreshes the roll-ups (so figures are live),
 * reads the days asked for and the open caseload now, and builds every table, suppressed
 * unless `suppress` is false (an admin's choice, which the caller audits). Reads a few
 * thousand small records whatever the number of referrals.
 */
export async function loadReport(payload: Payload, filters: ReportFilters, { now = new Date(), suppress = true }: { now?: Date; suppress?: boolean } = {}): Promise<ReportView> {
  await refreshRollups(payload)
  const store = await reportStore(payload)
  const [allServices, forms] = await Promise.all([reportServices(payload), formTitles(payload)])
  const chosen = filters.service ? allServices.filter((service) => service.slug === filters.service) : allServices
  if (filters.service && chosen.length === 0) throw new RangeError(`Unknown service: ${filters.service}`)
  const serviceId = filters.service ? chosen[0].id : undefined
  const [cells, open] = await Promise.all([
    store.readRollups(filters.from, filters.to, serviceId === undefined ? undefined : serviceKeyOf(serviceId)),
    store.openCaseload(now, serviceId),
  ])
  const services = chosen.map((service) => ({ key: serviceKeyOf(service.id), title: service.title }))
  return buildReportView({ filters, cells, services, forms, open, today: londonDay(now) }, { suppress, generatedAt: now })
}

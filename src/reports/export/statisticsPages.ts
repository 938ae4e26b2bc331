import type { Payload, Where } from 'payload'

import type { IsoDay } from '@/casework/londonTime'
import { idOf } from '@/reports/statsRow'
import type { ExportIdentity, ExportNames, ExportStatistic } from './columns'

/**
 * Rows read per query. Small batches are cheaper, not dearer: their garbage dies young, so the
 * heap stays within a few MB of where it started (1,000-row batches let it climb by hundreds
 * of MB between full collections), and each keyset query is an index range read.
 */
export const EXPORT_BATCH_SIZE = 200

export type StatisticsFilter = { from: IsoDay; to: IsoDay; serviceId?: string | number }

const SELECT = {
  referral: true,
  service: true,
  formSlug: true,
  staffGroup: true,
  region: true,
  priority: true,
  stage: true,
  outcome: true,
  receivedDay: true,
  firstContactDueAt: true,
  firstContactAt: true,
  workingDaysToFirstContact: true,
  contactedWithinDeadline: true,
} as const

type Cursor = { id: string | number; receivedDay: string }

/**
 * Where the next batch starts, in an order an index serves without sorting: for one service,
 * the service's index in id order; for every service, the days-received index in (day, id)
 * order. Either way a batch costs the same however deep the export is.
 */
function nextBatch(filter: StatisticsFilter, after: Cursor | undefined): { where: Where[]; sort: string | string[] } {
  if (filter.serviceId !== undefined) {
    return { where: [{ service: { equals: filter.serviceId } }, ...(after ? [{ id: { greater_than: after.id } }] : [])], sort: 'id' }
  }
  if (!after) return { where: [], sort: ['receivedDay', 'id'] }
  return {
    where: [{ receivedDay: { greater_than_equal: after.receivedDay } }, { or: [{ receivedDay: { greater_than: after.receivedDay } }, { id: { greater_than: after.id } }] }],
    sort: ['receivedDay', 'id'],
  }
}

/**
 * The statistics rows of referrals still held (their `referral` is set: rows of deleted
 * referrals stay for the totals but are not exported), received in the days given, in
 * batches. Keyset paging: each query starts after the last row seen, so only one batch is
 * held at a time. Reads through the database adapter (statistics have no API access), so it
 * works the same on SQLite and MongoDB.
 */
export async function* statisticsPages(payload: Payload, filter: StatisticsFilter, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportStatistic[]> {
  const base: Where[] = [
    { referral: { exists: true } },
    { receivedDay: { greater_than_equal: filter.from } },
    { receivedDay: { less_than_equal: filter.to } },
  ]
  let after: Cursor | undefined
  for (;;) {
    const batch = nextBatch(filter, after)
    const where: Where = { and: [...base, ...batch.where] }
    const { docs } = await payload.db.find<ExportStatistic>({ collection: 'referral-stats', where, sort: batch.sort, limit: batchSize, pagination: false, select: SELECT })
    const page = docs.map((doc) => ({ ...doc, referral: idOf(doc.referral) as string | number, service: idOf(doc.service) })).filter((row) => row.referral !== null)
    if (page.length > 0) yield page
    if (docs.length < batchSize) return
    const last = docs[docs.length - 1]
    after = { id: last.id, receivedDay: last.receivedDay }
  }
}

/** The identified columns of a batch's referrals, by referral id (admins' identified export only). */
export async function identitiesOf(payload: Payload, referralIds: Array<string | number>): Promise<Map<string, ExportIdentity>> {
  const { docs } = await payload.db.find<ExportIdentity & { id: string | number }>({
    collection: 'submissions',
    where: { id: { in: referralIds } },
    limit: referralIds.length,
    pagination: false,
    select: { reference: true, applicantName: true, applicantEmail: true, submittedAt: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

/** The services (slug to id, for the filter) and the services' and forms' titles, read once per export (a few dozen documents). */
export async function exportNames(payload: Payload): Promise<ExportNames & { serviceIds: Map<string, string | number> }> {
  const [services, forms] = await Promise.all([
    payload.find({ collection: 'services', depth: 0, limit: 0, pagination: false, select: { title: true, slug: true }, overrideAccess: true }),
    payload.find({ collection: 'forms', depth: 0, limit: 0, pagination: false, select: { title: true, slug: true }, overrideAccess: true }),
  ])
  return {
    services: new Map(services.docs.map((doc) => [String(doc.id), String(doc.title)])),
    serviceIds: new Map(services.docs.map((doc) => [String(doc.slug), doc.id])),
    forms: new Map(forms.docs.map((doc) => [String(doc.slug), String(doc.title)])),
  }
}

import type { PayloadRequest, TypedUser } from 'payload'

import { describeDue } from '@/casework/describeDue'
import { QUEUE_SORT } from '@/casework/queues'
import { STAGE_LABELS, PRIORITY_LABELS, type Priority, type Stage } from '@/casework/stages'
import { workingDaysBetween } from '@/casework/workingDays'
import type { User } from '@/payload-types'
import { loadClosures } from '@/submissions/closures'
import { countQueues, queueWhere } from '@/submissions/queueCounts'
import { PAGE_SIZE, type QueueKey } from './queueDefinitions'

export type QueueRow = {
  id: string | number
  reference: string
  applicantName: string
  service: string
  urgent: boolean
  priority: string
  stage: string
  waiting: number
  due: string
  assignee: string
}

export type Casework = {
  counts: Record<QueueKey, number>
  rows: QueueRow[]
  page: number
  totalPages: number
  totalDocs: number
}

/** A phrase as the start of a table cell: "due today" → "Due today". */
const sentence = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1)

type Relation = number | string | { id: number | string } | null | undefined
const idOf = (value: Relation) => (value && typeof value === 'object' ? value.id : value ?? undefined)

/** Names of the services and users the rows point at, looked up once per page. */
async function namesOf(req: PayloadRequest, collection: 'services' | 'users', ids: Array<string | number>) {
  if (ids.length === 0) return new Map<string, string>()
  const select = collection === 'services' ? { title: true } : { name: true, email: true }
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, select, depth: 0, limit: ids.length, pagination: false, req })
  return new Map(docs.map((doc) => [String(doc.id), 'title' in doc ? String(doc.title) : String(doc.name || doc.email)]))
}

/**
 * The queue counts and one page of one queue, read as the signed-in user (their access
 * constraint applies to every query), urgent first, then the earliest first contact due.
 */
export async function loadCasework(req: PayloadRequest, user: TypedUser, queue: QueueKey, page: number, now: Date): Promise<Casework> {
  const { payload } = req
  const closures = await loadClosures(payload, req)
  const context = { user: user as User, now, req, closures }
  const counts = await countQueues(payload, context)
  const result = await payload.find({
    collection: 'submissions',
    where: queueWhere(queue, context),
    sort: QUEUE_SORT,
    select: { reference: true, applicantName: true, routedService: true, priority: true, status: true, submittedAt: true, firstContactDueAt: true, assignee: true },
    depth: 0,
    limit: PAGE_SIZE,
    page,
    req,
    user,
    overrideAccess: false,
  })
  const services = await namesOf(req, 'services', [...new Set(result.docs.map((doc) => idOf(doc.routedService)).filter((id) => id !== undefined))])
  const users = await namesOf(req, 'users', [...new Set(result.docs.map((doc) => idOf(doc.assignee)).filter((id) => id !== undefined))])
  const rows = result.docs.map((doc): QueueRow => ({
    id: doc.id,
    reference: doc.reference,
    applicantName: doc.applicantName || 'Not given',
    service: services.get(String(idOf(doc.routedService))) ?? 'Not routed',
    urgent: doc.priority === 'urgent',
    priority: PRIORITY_LABELS[doc.priority as Priority] ?? doc.priority,
    stage: STAGE_LABELS[doc.status as Stage] ?? doc.status,
    waiting: Math.max(0, workingDaysBetween(new Date(doc.submittedAt), now, closures)),
    due: doc.firstContactDueAt ? sentence(describeDue(new Date(doc.firstContactDueAt), now, closures)) : 'No due date',
    assignee: users.get(String(idOf(doc.assignee))) ?? 'Unallocated',
  }))
  return { counts, rows, page: result.page ?? page, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

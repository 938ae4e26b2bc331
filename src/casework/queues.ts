import { type Closures, endOfWorkingWeek } from './workingDays'

/**
 * The case-work queues, HOCS style: each is a plain query over the referral's stage, priority,
 * assignee and stored first contact due time, so lists and counts come straight from the
 * database (and the read access of the person asking narrows them to their services).
 * Pure: the builders return Payload where-clauses; `now` and the closures are passed in.
 */
type Condition = {
  equals?: string | number
  not_equals?: string
  in?: string[]
  exists?: boolean
  less_than?: string
  greater_than_equal?: string
  less_than_equal?: string
}
export type QueueWhere = { and: Array<Record<string, Condition>> }

/** Who is asking: "mine" means assigned to them. */
export type QueueUser = { id: string | number }

export type QueueBuilder = (user: QueueUser, now: Date, closures?: Closures) => QueueWhere

/** Not closed. */
const open = { status: { not_equals: 'closed' } }
/** Open and not yet contacted: the first contact deadline still runs. */
const awaitingContact = { status: { in: ['new', 'triaged'] } }

export const QUEUES = {
  /** Open referrals that answered a risk question. */
  urgent: () => ({ and: [open, { priority: { equals: 'urgent' } }] }),
  /** Open referrals nobody is assigned to. */
  unallocated: () => ({ and: [open, { assignee: { exists: false } }] }),
  /** Open referrals assigned to the person asking. */
  mine: (user) => ({ and: [open, { assignee: { equals: user.id } }] }),
  /** Not yet contacted, and the first contact due time has passed. */
  overdue: (_user, now) => ({ and: [awaitingContact, { firstContactDueAt: { less_than: now.toISOString() } }] }),
  /** Not yet contacted, due from now to the end of this working week's last working day. */
  dueThisWeek: (_user, now, closures = []) => ({
    and: [
      awaitingContact,
      { firstContactDueAt: { greater_than_equal: now.toISOString() } },
      { firstContactDueAt: { less_than_equal: endOfWorkingWeek(now, closures).toISOString() } },
    ],
  }),
} as const satisfies Record<string, QueueBuilder>

export type QueueName = keyof typeof QUEUES
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[]

export const QUEUE_LABELS: Record<QueueName, string> = {
  urgent: 'Urgent',
  unallocated: 'Unallocated',
  mine: 'Assigned to me',
  overdue: 'Overdue',
  dueThisWeek: 'Due this week',
}

/** Work order within a queue: urgent first, then the earliest first contact due. */
export const QUEUE_SORT = ['-priority', 'firstContactDueAt', 'submittedAt']

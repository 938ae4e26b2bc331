/**
 * The case-work queues as plain where-clauses (as HOCS workstacks are plain queries): they are
 * combined with the reader's access constraint, so a queue never shows what its reader may not
 * read. Pure: the clause is a plain object Payload's Local API accepts as `where`.
 */

/** A where-clause in Payload's query shape. */
export type QueueWhere = { [key: string]: unknown }

/** The signed-in user; only the id is read. */
export type QueueUser = { id: string | number }

const DAY_MS = 24 * 60 * 60 * 1000

const open: QueueWhere = { status: { not_equals: 'closed' } }
/** Still waiting for first contact: first contact deadlines matter only then. */
const awaitingContact: QueueWhere = { status: { in: ['new', 'triaged'] } }

export type QueueBuilder = (user: QueueUser, now: Date) => QueueWhere

/** Open urgent referrals (a risk answer was triggered). */
export const urgent: QueueBuilder = () => ({ and: [open, { priority: { equals: 'urgent' } }] })

/** Open referrals nobody has taken yet. */
export const unallocated: QueueBuilder = () => ({ and: [open, { assignee: { exists: false } }] })

/** Open referrals assigned to the reader. */
export const mine: QueueBuilder = (user) => ({ and: [open, { assignee: { equals: user.id } }] })

/** Referrals whose first contact is late. */
export const overdue: QueueBuilder = (_user, now) => ({ and: [awaitingContact, { firstContactDueAt: { less_than: now.toISOString() } }] })

/** Referrals whose first contact falls due within the next seven days. */
export const dueThisWeek: QueueBuilder = (_user, now) => ({
  and: [
    awaitingContact,
    { firstContactDueAt: { greater_than_equal: now.toISOString() } },
    { firstContactDueAt: { less_than: new Date(now.getTime() + 7 * DAY_MS).toISOString() } },
  ],
})

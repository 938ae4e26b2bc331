import { dueThisWeek, mine, overdue, unallocated, urgent, type QueueBuilder } from '@/casework/queues'

/** The queues of the case-work view, in the order shown, with the words in their links. */
export const QUEUES = [
  { key: 'urgent', label: 'Urgent', where: urgent },
  { key: 'unallocated', label: 'Unallocated', where: unallocated },
  { key: 'mine', label: 'Assigned to me', where: mine },
  { key: 'overdue', label: 'Overdue', where: overdue },
  { key: 'due-this-week', label: 'Due this week', where: dueThisWeek },
] as const satisfies ReadonlyArray<{ key: string; label: string; where: QueueBuilder }>

export type QueueKey = (typeof QUEUES)[number]['key']

export const DEFAULT_QUEUE: QueueKey = 'unallocated'
export const PAGE_SIZE = 25

/** The queue named in the address, or the default for anything else. */
export function queueFrom(value: unknown): (typeof QUEUES)[number] {
  return QUEUES.find((queue) => queue.key === value) ?? QUEUES.find((queue) => queue.key === DEFAULT_QUEUE)!
}

/** A page number from the address: a whole number from 1, else 1. */
export function pageFrom(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1
  return page >= 1 ? page : 1
}

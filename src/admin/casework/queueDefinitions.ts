import { QUEUE_LABELS, QUEUE_NAMES, QUEUES as QUEUE_WHERE, type QueueBuilder, type QueueName } from '@/casework/queues'

/** The queues of the case-work view, in the order shown, with the words in their links. */
export const QUEUES: ReadonlyArray<{ key: QueueName; label: string; where: QueueBuilder }> = QUEUE_NAMES.map((key) => ({
  key,
  label: QUEUE_LABELS[key],
  where: QUEUE_WHERE[key],
}))

export type QueueKey = QueueName

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

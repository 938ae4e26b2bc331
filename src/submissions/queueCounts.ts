import type { Payload, PayloadRequest, Where } from 'payload'

import { QUEUE_NAMES, QUEUES, type QueueName } from '@/casework/queues'
import type { Closures } from '@/casework/workingDays'
import type { User } from '@/payload-types'
import { loadClosures } from './closures'

export type QueueContext = {
  /** The person asking: the queue is narrowed by their read access (their services). */
  user: User
  now: Date
  req?: Partial<PayloadRequest>
  /** Office closure days; read from the Working calendar global when not given. */
  closures?: Closures
}

/** A queue's where-clause for this person at this time. */
export function queueWhere(name: QueueName, context: Required<Pick<QueueContext, 'user' | 'now' | 'closures'>>): Where {
  return QUEUES[name](context.user, context.now, context.closures)
}

/** How many referrals this person may see in a queue. */
export async function countQueue(payload: Payload, name: QueueName, context: QueueContext): Promise<number> {
  const closures = context.closures ?? (await loadClosures(payload, context.req))
  const { totalDocs } = await payload.count({
    collection: 'submissions',
    where: queueWhere(name, { ...context, closures }),
    user: { ...context.user, collection: 'users' },
    overrideAccess: false,
    req: context.req,
  })
  return totalDocs
}

/** Every queue's count for this person, the closure days read once. */
export async function countQueues(payload: Payload, context: QueueContext): Promise<Record<QueueName, number>> {
  const closures = context.closures ?? (await loadClosures(payload, context.req))
  const counts = await Promise.all(QUEUE_NAMES.map((name) => countQueue(payload, name, { ...context, closures })))
  return Object.fromEntries(QUEUE_NAMES.map((name, index) => [name, counts[index]])) as Record<QueueName, number>
}

import type { Endpoint, Payload } from 'payload'

import { isAdminUser } from '@/access'

export type RetryOutcome = 'queued' | 'not-found' | 'running' | 'completed'

/**
 * Puts a job that ran out of retries back in the queue for one more attempt (its log is kept)
 * and runs it at once. Jobs still running or already done are left alone.
 */
export async function retryJob(payload: Payload, id: string | number): Promise<RetryOutcome> {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { equals: id } }, limit: 1, depth: 0 })
  const job = docs[0]
  if (!job) return 'not-found'
  if (job.processing) return 'running'
  if (job.completedAt) return 'completed'
  await payload.db.updateOne({
    collection: 'payload-jobs',
    id: job.id,
    data: { hasError: false, error: null, waitUntil: null, processing: false },
    returning: false,
  })
  void payload.jobs.run({ where: { id: { equals: job.id } }, limit: 1 }).catch((error: unknown) => {
    payload.logger.error({ err: error, msg: `Retrying job ${job.id} failed; it stays queued` })
  })
  return 'queued'
}

const STATUS: Record<RetryOutcome, number> = { queued: 202, 'not-found': 404, running: 409, completed: 409 }
const MESSAGE: Record<RetryOutcome, string> = {
  queued: 'The job is queued again and is being run now',
  'not-found': 'There is no job with this id',
  running: 'The job is running: wait for it to finish',
  completed: 'The job has already completed',
}

/** `POST /api/payload-jobs/:id/retry`, for administrators only. */
export const retryJobEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user)) {
      return Response.json({ errors: [{ message: 'Only administrators can retry jobs' }] }, { status: req.user ? 403 : 401 })
    }
    const id = String(req.routeParams?.id ?? '')
    const outcome = await retryJob(req.payload, /^\d+$/.test(id) ? Number(id) : id)
    const body = outcome === 'queued' ? { id, status: outcome, message: MESSAGE[outcome] } : { errors: [{ message: MESSAGE[outcome] }] }
    return Response.json(body, { status: STATUS[outcome] })
  },
}

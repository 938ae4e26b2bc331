import type { Endpoint } from 'payload'

import { takeNextReferral } from '@/submissions/takeNext'

/**
 * `POST /api/submissions/take-next`: assigns the signed-in case worker the next referral of
 * their queue. 200 `{ id, reference }`, 404 when the queue is empty, 401/403 for others.
 */
export const takeNextEndpoint: Endpoint = {
  path: '/take-next',
  method: 'post',
  handler: async (req) => {
    const result = await takeNextReferral(req)
    if (result.status === 200) return Response.json({ id: result.id, reference: result.reference })
    return Response.json({ message: result.message }, { status: result.status })
  },
}

import type { Endpoint, PayloadRequest } from 'payload'

import { CASEWORK_PATH } from '@/admin/casework/paths'
import { takeNextReferral } from '@/submissions/takeNext'

/** A browser's form post (no script ran) wants a page back, not JSON. */
const wantsPage = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('text/html')

/**
 * `POST /api/submissions/take-next`: assigns the signed-in case worker the next referral of
 * their queue. 200 `{ id, reference }`, 404 when the queue is empty, 401/403 for others. A plain
 * form post is sent on (303) to the referral taken, or back to the case-work view to say why not.
 */
export const takeNextEndpoint: Endpoint = {
  path: '/take-next',
  method: 'post',
  handler: async (req) => {
    const result = await takeNextReferral(req)
    if (wantsPage(req)) {
      const admin = req.payload.config.routes.admin
      const location =
        result.status === 200 ? `${admin}/collections/submissions/${encodeURIComponent(String(result.id))}` : `${admin}${CASEWORK_PATH}?taken=${result.status === 404 ? 'none' : 'refused'}`
      return new Response(null, { status: 303, headers: { Location: location } })
    }
    if (result.status === 200) return Response.json({ id: result.id, reference: result.reference })
    return Response.json({ message: result.message }, { status: result.status })
  },
}

import type { Endpoint } from 'payload'

import { exportReferrals } from './exportReferrals'

/** Where the per-referral export is served, under the API route (`/api/reports/referrals.csv`). */
export const REFERRALS_CSV_PATH = '/reports/referrals.csv'

/**
 * `GET /api/reports/referrals.csv?from&to&service&identified`: one CSV row per referral held,
 * streamed. 401 signed out, 403 for other roles (and for identified columns unless admin),
 * 400 `{ errors: [{ field, message }] }` for bad filters.
 */
export const referralsCsvEndpoint: Endpoint = {
  path: REFERRALS_CSV_PATH,
  method: 'get',
  handler: async (req) => {
    const result = await exportReferrals(req)
    if (result.status === 400) return Response.json({ errors: result.errors }, { status: 400 })
    if (result.status !== 200) return Response.json({ errors: [{ message: result.message }] }, { status: result.status })
    return new Response(result.body, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${result.filename}"`,
        // Personal data for admins, and always about people: never kept by a browser or proxy.
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}

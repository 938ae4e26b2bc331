import config from '@payload-config'
import { getPayload } from 'payload'

import { healthReport } from '@/endpoints/health'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const report = await healthReport(() => getPayload({ config }))
  return Response.json(report.body, { status: report.httpStatus, headers: { 'Cache-Control': 'no-store' } })
}

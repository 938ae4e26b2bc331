import { payloadClient } from '@/content/client'
import { healthReport } from '@/endpoints/health'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const report = await healthReport(payloadClient)
  return Response.json(report.body, { status: report.httpStatus, headers: { 'Cache-Control': 'no-store' } })
}

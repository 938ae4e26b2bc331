import type { Endpoint } from 'payload'

import { readsReports } from '@/access/readsReports'
import { readFilters, serviceOptions } from '@/admin/reports/reportSource'
import { SUMMARY_CSV_PATH } from '@/admin/reports/paths'
import { loadReport } from '@/reports/loadReport'
import { summaryCsv, summaryCsvFileName } from '@/reports/summaryCsv'
import { writeStaffAction } from '@/submissions/audit'

/**
 * `GET /api/reports/summary.csv?from&to&service&group`: the reports view's tables as CSV, always
 * with small numbers suppressed, for managers and admins. Each download is audited as an export.
 */
export const reportSummaryCsv: Endpoint = {
  path: SUMMARY_CSV_PATH,
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) return Response.json({ errors: [{ message: 'Sign in to download reports' }] }, { status: 401 })
    if (!readsReports(user)) return Response.json({ errors: [{ message: 'Reports are for managers and administrators' }] }, { status: 403 })
    const now = new Date()
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const { filters, errors } = readFilters(params, now, await serviceOptions(req))
    if (errors.length > 0) return Response.json({ errors }, { status: 400 })
    const report = await loadReport(req.payload, filters, { now, suppress: true })
    const { csv, rows } = summaryCsv(report)
    await writeStaffAction(req, user, 'export', { export: 'summary', from: filters.from, to: filters.to, service: filters.service ?? null, group: filters.group, rows })
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${summaryCsvFileName(report)}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

import type { PayloadRequest } from 'payload'

import { isAdminUser } from '@/access'
import { readsReports } from '@/access/readsReports'
import { writeStaffAction } from '@/submissions/audit'
import { exportColumns, exportFilename, exportRecord, type ExportCell, type ExportStatistic } from './columns'
import { csvStream } from './csvStream'
import type { FieldError } from '@/forms/types'
import { parseExportQuery, type ExportQuery } from './exportQuery'
import { exportNames, identitiesOf, statisticsPages } from './statisticsPages'

type ExportNames = Awaited<ReturnType<typeof exportNames>>

export type ExportResult =
  | { status: 200; filename: string; body: ReadableStream<Uint8Array> }
  | { status: 400; errors: FieldError[] }
  | { status: 401 | 403; message: string }

async function* records(req: PayloadRequest, query: ExportQuery, names: ExportNames, now: Date): AsyncGenerator<ExportCell[][]> {
  const serviceId = query.service ? (names.serviceIds.get(query.service) as string | number) : undefined
  for await (const page of statisticsPages(req.payload, { from: query.from, to: query.to, serviceId })) {
    if (!query.identified) {
      yield page.map((row) => exportRecord(row, names, now))
      continue
    }
    const identities = await identitiesOf(req.payload, page.map((row) => row.referral))
    // A referral deleted between the two reads is no longer held: it is left out.
    const held = page.filter((row): row is ExportStatistic => identities.has(String(row.referral)))
    yield held.map((row) => exportRecord(row, names, now, identities.get(String(row.referral))))
  }
}

/**
 * The per-referral CSV export: managers and admins only; de-identified columns, plus
 * identified ones for an admin who asks (`identified=1`). Streamed from batched reads, and
 * written to the audit log (who, filters, rows sent, whether it finished) when the stream
 * ends, however it ends.
 */
export async function exportReferrals(req: PayloadRequest, now = new Date()): Promise<ExportResult> {
  const user = req.user
  if (!user) return { status: 401, message: 'Sign in as a manager or an administrator to export referrals.' }
  if (!readsReports(user)) return { status: 403, message: 'Only managers and administrators can export referrals.' }
  const names = await exportNames(req.payload)
  const parsed = parseExportQuery(new URL(req.url ?? '', 'http://localhost').searchParams, now, [...names.serviceIds.keys()])
  if (!parsed.ok) return { status: 400, errors: parsed.errors }
  const query = parsed.query
  if (query.identified && !isAdminUser(user)) return { status: 403, message: 'Only administrators can export identified columns.' }

  const body = csvStream(exportColumns(query.identified), records(req, query, names, now), ({ rows, complete }) =>
    writeStaffAction(req, user, 'export', { export: 'referrals', from: query.from, to: query.to, service: query.service ?? null, identified: query.identified, rows, complete }),
  )
  return { status: 200, filename: exportFilename(query.from, query.to, now, query.identified), body }
}

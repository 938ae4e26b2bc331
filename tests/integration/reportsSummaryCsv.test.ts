import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { guardRest } from '@/http/guardRest'
import { loadReport } from '@/reports/loadReport'
import { summaryCsv, SUMMARY_CSV_HEADER } from '@/reports/summaryCsv'
import { seedDemo } from '@/seed/demo/seedDemo'
import { parseCsv } from '../helpers/csv'
import { startPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'

const GET = guardRest(config, REST_GET(config))
const PASSWORD = process.env.SEED_PASSWORD ?? 'psu-dev-password'
const ROLES = ['admin', 'editor', 'caseworker', 'manager'] as const

let payload: Payload
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload()
  await seedDemo(payload, { referrals: 400, seed: 5, now: new Date() })
  const rest = restClient(config)
  for (const role of ROLES) tokens[role] = (await rest.login(`${role}@psu.local`, PASSWORD)).token
})
afterAll(async () => payload?.destroy())

/** GET through Payload's real (guarded) REST route, as `app/(payload)/api` mounts it. */
function summary(query: string, role?: string): Promise<Response> {
  const request = new Request(`http://localhost/api/reports/summary.csv${query ? `?${query}` : ''}`, { headers: role ? { authorization: `JWT ${tokens[role]}` } : {} })
  return GET(request, { params: Promise.resolve({ slug: ['reports', 'summary.csv'] }) })
}

const exportsBy = async (role: string) =>
  (await payload.find({ collection: 'audit-log', where: { and: [{ operation: { equals: 'export' } }, { userEmail: { equals: `${role}@psu.local` } }] }, sort: '-id', depth: 0 })).docs

describe('GET /api/reports/summary.csv', () => {
  it.each([
    ['admin', 200],
    ['manager', 200],
    ['editor', 403],
    ['caseworker', 403],
    [undefined, 401],
  ])('answers %s with %i', async (role, status) => {
    const response = await summary('group=week', role)
    expect(response.status).toBe(status)
    if (status === 200) expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    else expect(await exportsBy(String(role))).toHaveLength(0)
  })

  it('is the view’s tables, suppressed: no count from 1 to 7, exactly what loadReport gives', async () => {
    const response = await summary('service=careers-unit&group=month', 'manager')
    // Kept byte for byte: the byte-order mark lets spreadsheets read the file as UTF-8.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="psu-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-careers-unit\.csv"$/)
    const [header, ...lines] = parseCsv(text)
    expect(header).toEqual([...SUMMARY_CSV_HEADER])
    const counts = lines.filter((line) => line[4] === 'count').map((line) => line[5])
    expect(counts.length).toBeGreaterThan(50)
    expect(counts.filter((value) => /^[1-7]$/.test(value))).toEqual([])
    expect(counts).toContain('*')
    const [entry] = await exportsBy('manager')
    const details = entry.details as Record<string, unknown>
    const filters = { from: String(details.from), to: String(details.to), service: 'careers-unit', group: 'month' as const }
    const expected = summaryCsv(await loadReport(payload, filters, { suppress: true }))
    expect(text).toBe(expected.csv)
    expect(entry.details).toEqual({ export: 'summary', from: filters.from, to: filters.to, service: 'careers-unit', group: 'month', rows: expected.rows })
  })

  it.each([
    ['from=2026-02-30', 'from'],
    ['to=tomorrow', 'to'],
    ['group=year', 'group'],
    ['service=no-such-service', 'service'],
    ['from=2026-05-01&to=2026-04-01', 'to'],
  ])('refuses %s with a 400 naming the field, and writes no audit entry', async (query, field) => {
    const before = (await exportsBy('admin')).length
    const response = await summary(query, 'admin')
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Array<{ field: string; message: string }> }
    expect(body.errors.map((error) => error.field)).toContain(field)
    expect((await exportsBy('admin')).length).toBe(before)
  })
})

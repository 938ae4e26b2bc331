import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload, Where } from 'payload'

import { DEV_SEED_PASSWORD } from '@/config/env'
import { guardRest } from '@/http/guardRest'
import { DEIDENTIFIED_COLUMNS, IDENTIFIED_COLUMNS } from '@/reports/export/columns'
import { statisticsPages } from '@/reports/export/statisticsPages'
import { seedDemo } from '@/seed/demo/seedDemo'
import { startPayload } from '../helpers/payload'
import { readCsv as csvOf } from '../helpers/csv'
import { restClient } from '../helpers/rest'

const GET = guardRest(config, REST_GET(config))
const NOW = new Date('2026-11-30T12:00:00Z')
const REFERRALS = 3000

let payload: Payload
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload()
  await seedDemo(payload, { referrals: REFERRALS, seed: 11, now: NOW })
  const rest = restClient(config)
  for (const role of ['admin', 'editor', 'caseworker', 'manager']) tokens[role] = (await rest.login(`${role}@psu.local`, DEV_SEED_PASSWORD)).token
})
afterAll(async () => payload?.destroy())

/** GET through Payload's real (guarded) REST route, as `app/(payload)/api` mounts it. */
function exportCsv(query: string, role?: string): Promise<Response> {
  const url = `http://localhost/api/reports/referrals.csv${query ? `?${query}` : ''}`
  const request = new Request(url, { headers: role ? { authorization: `JWT ${tokens[role]}` } : {} })
  return GET(request, { params: Promise.resolve({ slug: ['reports', 'referrals.csv'] }) })
}

/** Referrals still held that were received in the days given (what the export must list). */
async function heldCount(from: string, to: string, serviceId?: string | number): Promise<number> {
  const where: Where = {
    and: [
      { referral: { exists: true } },
      { receivedDay: { greater_than_equal: from } },
      { receivedDay: { less_than_equal: to } },
      ...(serviceId === undefined ? [] : [{ service: { equals: serviceId } }]),
    ],
  }
  return (await payload.db.count({ collection: 'referral-stats', where })).totalDocs
}

async function exportsAudited(email: string) {
  const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ operation: { equals: 'export' } }, { userEmail: { equals: email } }] }, sort: '-id', limit: 10, depth: 0 })
  return docs
}

describe('GET /api/reports/referrals.csv', () => {
  it.each([
    ['anonymous', undefined, '', 401],
    ['an editor', 'editor', '', 403],
    ['a case worker', 'caseworker', '', 403],
    ['a manager asking for identified columns', 'manager', 'identified=1', 403],
    ['a manager', 'manager', '', 200],
    ['an admin', 'admin', '', 200],
    ['an admin asking for identified columns', 'admin', 'identified=1', 200],
  ])('answers %s with %s', async (_who, role, query, status) => {
    const response = await exportCsv(query, role)
    expect(response.status).toBe(status)
    if (status === 200) {
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="psu-referrals(-identified)?-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-downloaded-\d{4}-\d{2}-\d{2}\.csv"$/)
      expect(response.headers.get('cache-control')).toBe('no-store')
      await csvOf(response)
    } else {
      expect(await response.json()).toMatchObject({ errors: [{ message: expect.any(String) }] })
    }
  })

  it("gives a manager one de-identified row per referral held, streamed in batches, and audits the rows sent", async () => {
    const { header, rows, chunks, text } = await csvOf(await exportCsv('from=2024-12-01&to=2026-11-30', 'manager'))
    expect(header).toEqual([...DEIDENTIFIED_COLUMNS])
    expect(rows).toHaveLength(await heldCount('2024-12-01', '2026-11-30'))
    expect(rows.length).toBeGreaterThan(2500)
    expect(chunks).toBeGreaterThan(2)
    // No name, email, reference or free text.
    expect(text).not.toMatch(/Demo Trainee|example\.com|Made-up referral/)
    const { docs } = await payload.find({ collection: 'submissions', limit: 5, depth: 0, select: { reference: true } })
    for (const doc of docs) expect(text).not.toContain(doc.reference)
    expect(new Set(rows.map((row) => row[6]))).toEqual(new Set(['New', 'Triaged', 'Contacted', 'In support', 'Closed']))
    for (const row of rows) expect(row[4]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const [entry] = await exportsAudited('manager@psu.local')
    expect(entry.details).toEqual({ export: 'referrals', from: '2024-12-01', to: '2026-11-30', service: null, identified: false, rows: rows.length, complete: true })
  })

  it('adds reference, name, email and time received for an admin who asks, matching each referral', async () => {
    const { header, rows } = await csvOf(await exportCsv('from=2024-12-01&to=2026-11-30&identified=1', 'admin'))
    expect(header).toEqual([...IDENTIFIED_COLUMNS, ...DEIDENTIFIED_COLUMNS])
    // Batches end part way through a day: every referral still comes once, oldest day first.
    expect(rows).toHaveLength(await heldCount('2024-12-01', '2026-11-30'))
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length)
    const weeks = rows.map((row) => row[8])
    expect(weeks).toEqual([...weeks].sort())
    const { docs } = await payload.find({ collection: 'submissions', where: { reference: { in: rows.slice(0, 20).map((row) => row[0]) } }, limit: 20, depth: 0 })
    expect(docs).toHaveLength(20)
    for (const doc of docs) {
      const row = rows.find((each) => each[0] === doc.reference) as string[]
      expect(row.slice(1, 4)).toEqual([doc.applicantName, doc.applicantEmail, doc.submittedAt])
    }
    const [entry] = await exportsAudited('admin@psu.local')
    expect(entry.details).toMatchObject({ identified: true, rows: rows.length, complete: true })
  })

  it('filters by service and days received', async () => {
    const careers = (await payload.find({ collection: 'services', where: { slug: { equals: 'careers-unit' } }, limit: 1 })).docs[0]
    const { rows } = await csvOf(await exportCsv('service=careers-unit&from=2026-01-05&to=2026-06-30', 'manager'))
    expect(rows).toHaveLength(await heldCount('2026-01-05', '2026-06-30', careers.id))
    const { rows: identified } = await csvOf(await exportCsv('service=careers-unit&from=2024-12-01&to=2026-11-30&identified=1', 'admin'))
    expect(identified.length).toBeGreaterThan(300)
    expect(new Set(identified.map((row) => row[0])).size).toBe(await heldCount('2024-12-01', '2026-11-30', careers.id))
    expect(rows.length).toBeGreaterThan(50)
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['Careers Unit']))
    for (const row of rows) expect(row[4] >= '2026-01-05' && row[4] <= '2026-06-29').toBe(true)
  })

  it.each([
    ['from=2026-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-06-01&to=2026-05-01', 'to'],
    ['from=2010-01-01&to=2026-01-01', 'from'],
    ['service=no-such-service', 'service'],
    ['service=<script>', 'service'],
    ['identified=maybe', 'identified'],
    ['from=2026-01-01&from=2026-02-01', 'from'],
  ])('refuses %s with 400 and a message for %s', async (query, field) => {
    const response = await exportCsv(query, 'manager')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: expect.arrayContaining([{ field, message: expect.any(String) }]) })
  })

  it('leaves out a deleted referral, and neutralises a cell a spreadsheet would run as a formula', async () => {
    const query = 'from=2026-11-01&to=2026-11-30&identified=1'
    const before = (await csvOf(await exportCsv(query, 'admin'))).rows
    const [gone, hostile] = before
    const goneId = (await payload.find({ collection: 'submissions', where: { reference: { equals: gone[0] } }, limit: 1 })).docs[0].id
    await payload.delete({ collection: 'submissions', id: goneId })
    const hostileDoc = (await payload.find({ collection: 'submissions', where: { reference: { equals: hostile[0] } }, limit: 1 })).docs[0]
    await payload.db.updateOne({ collection: 'submissions', id: hostileDoc.id, data: { applicantName: '=HYPERLINK("http://evil.invalid","x")' }, returning: false })
    const after = (await csvOf(await exportCsv(query, 'admin'))).rows
    expect(after).toHaveLength(before.length - 1)
    expect(after.map((row) => row[0])).not.toContain(gone[0])
    expect(after.find((row) => row[0] === hostile[0])?.[1]).toBe(`'=HYPERLINK("http://evil.invalid","x")`)
  })

  it.each([['every service', false], ['one service', true]])('reads every row of %s once across batches ending part way through a day', async (_label, oneService) => {
    const careers = (await payload.find({ collection: 'services', where: { slug: { equals: 'careers-unit' } }, limit: 1 })).docs[0]
    const filter = { from: '2025-03-01', to: '2026-09-30', ...(oneService ? { serviceId: careers.id } : {}) }
    const seen: Array<string | number> = []
    for await (const page of statisticsPages(payload, filter, 97)) seen.push(...page.map((row) => row.id))
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(await heldCount(filter.from, filter.to, oneService ? careers.id : undefined))
  })

  it('audits an export cut off by the client, with the rows sent so far', async () => {
    const response = await exportCsv('from=2024-12-01&to=2026-11-30', 'manager')
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    const [entry] = await exportsAudited('manager@psu.local')
    expect(entry.details).toMatchObject({ complete: false, identified: false })
    expect(Number((entry.details as Record<string, unknown>).rows)).toBeGreaterThan(0)
    expect(Number((entry.details as Record<string, unknown>).rows)).toBeLessThan(REFERRALS)
  })
})

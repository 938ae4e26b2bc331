import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'

import { londonDay } from '@/casework/londonTime'
import { OUTCOMES, STAGES } from '@/casework/stages'
import { loadReport } from '@/reports/loadReport'
import { seedDemo } from '@/seed/demo/seedDemo'
import { startPayload } from '../helpers/payload'

const run = promisify(execFile)
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => payload?.destroy())

const distinct = async (field: 'status' | 'outcome') =>
  new Set((await payload.findDistinct({ collection: 'submissions', field, limit: 100 })).values.map((value) => value[field]))

const receivedInReports = async () => (await loadReport(payload, { from: '2020-01-01', to: londonDay(new Date()), group: 'month' })).tables.received.total?.cells.total

describe('seedDemo', () => {
  it('stores referrals at every stage and outcome, each with its statistics row, and adds more on a second run', async () => {
    expect(await seedDemo(payload, { referrals: 1500, seed: 3 })).toBe(1500)
    expect(await distinct('status')).toEqual(new Set(STAGES))
    expect(await distinct('outcome')).toEqual(new Set([...OUTCOMES, null]))
    expect(await receivedInReports()).toBe(1500)
    expect(await seedDemo(payload, { referrals: 500, seed: 3 })).toBe(500)
    const referrals = await payload.count({ collection: 'submissions' })
    const linked = await payload.count({ collection: 'referral-stats', where: { referral: { exists: true } } })
    expect(referrals.totalDocs).toBe(2000)
    expect(linked.totalDocs).toBe(2000)
    const references = await payload.findDistinct({ collection: 'submissions', field: 'reference', limit: 3000 })
    expect(references.values).toHaveLength(2000)
    // Reports already read count the second run too: the seed recomputes the days it touched,
    // as its rows carry when each referral last changed, older than the last refresh.
    expect(await receivedInReports()).toBe(2000)
    // Answers are stored encrypted, as the referrals' own hooks would store them, and read back.
    const { docs } = await payload.find({ collection: 'submissions', limit: 1, depth: 0 })
    expect(docs[0].answers).toMatchObject({ firstName: expect.stringMatching(/^Demo/) })
    const stored = await payload.db.findOne<{ id: number; answers: unknown }>({ collection: 'submissions', where: { id: { equals: docs[0].id } } })
    expect(JSON.stringify(stored?.answers)).toMatch(/^\{"enc":"enc:v1:/)
    // Made-up people are never emailed: their emails count as queued.
    expect((await payload.count({ collection: 'submissions', where: { emailsQueuedAt: { exists: false } } })).totalDocs).toBe(0)
  })

  it('refuses to run with NODE_ENV=production, before opening the database', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'psu-seed-demo-')), 'prod.db')
    const env = { ...process.env, NODE_ENV: 'production' as const, PAYLOAD_SECRET: 'a-production-secret', SERVER_URL: 'https://psu.example.nhs.uk', DATA_ENCRYPTION_KEY: 'ab'.repeat(32), DATABASE_URI: `file:${file}`, NODE_OPTIONS: '' }
    const attempt = () =>
      run('npx', ['tsx', 'scripts/seed-demo.ts', '--referrals', '10'], { env }).then(
        (output) => ({ code: 0, ...output }),
        (error: { code?: number; stderr?: string; stdout?: string }) => error,
      )
    // tsx now and then ends at once, silently, with status 0 on these machines: only that is tried again.
    let failure = await attempt()
    for (let tries = 1; tries < 4 && failure.code === 0 && !failure.stdout && !failure.stderr; tries += 1) failure = await attempt()
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('refuses to run with NODE_ENV=production')
    expect(existsSync(file)).toBe(false)
  })
})

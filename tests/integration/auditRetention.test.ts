import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq, type Payload, type UIFieldServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { NextAuditPurge } from '@/admin/retention/NextAuditPurge'
import { HOUSEKEEPING_STEPS } from '@/jobs/housekeeping'
import { auditRetentionCutoff, deleteAuditEntriesPastRetention, nextHourlyRun } from '@/submissions/auditRetention'
import { startPayload, userWithRole } from '../helpers/payload'

jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
const NOW = new Date('2026-11-30T19:20:00.000Z')
const DAY = 24 * 60 * 60 * 1000

/** An audit entry written `daysAgo` days before NOW, told apart by its reference. */
async function entry(reference: string, daysAgo: number) {
  const admin = await userWithRole(payload, 'admin')
  await payload.create({ collection: 'audit-log', data: { user: admin.id, userEmail: admin.email, reference, operation: 'read', at: new Date(NOW.getTime() - daysAgo * DAY).toISOString() } })
}
const references = async () => (await payload.find({ collection: 'audit-log', where: { reference: { like: 'AGE-' } }, sort: 'at', depth: 0, limit: 100 })).docs.map((doc) => doc.reference)
const setYears = (years: number) => payload.updateGlobal({ slug: 'retention', data: { auditLogRetentionYears: years } })

beforeAll(async () => {
  payload = await running
  await entry('AGE-7Y', 7 * 366)
  await entry('AGE-6Y+1D', 6 * 365 + 3)
  await entry('AGE-6Y-1D', 6 * 365 - 1)
  await entry('AGE-3Y', 3 * 365)
  await entry('AGE-NEW', 0)
})
afterAll(async () => (await running).destroy())

describe('audit-log retention', () => {
  it('is an hourly housekeeping step of its own', () => {
    expect(HOUSEKEEPING_STEPS.find((step) => step.slug === 'deleteAuditEntriesPastRetention')).toMatchObject({ cron: '0 0 * * * *' })
  })

  it.each([
    ['an hour', '2026-11-30T19:20:00.000Z', '2026-11-30T20:00:00.000Z'],
    ['a day', '2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z'],
  ])('runs at the start of the next hour, across %s', (_, now, next) => {
    expect(nextHourlyRun(new Date(now)).toISOString()).toBe(next)
  })

  it('counts whole years back, leap days included', () => {
    expect(auditRetentionCutoff(6, NOW).toISOString()).toBe('2020-11-30T19:20:00.000Z')
    expect(auditRetentionCutoff(1, new Date('2028-02-29T12:00:00.000Z')).toISOString()).toBe('2027-03-01T12:00:00.000Z')
  })

  it('shows admins, on the Retention settings, when the next purge is and from what date', async () => {
    const req = await createLocalReq({ user: await userWithRole(payload, 'admin') }, payload)
    const html = renderToStaticMarkup(await NextAuditPurge({ req } as unknown as UIFieldServerProps))
    const run = nextHourlyRun(new Date())
    const cutoff = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }).format(auditRetentionCutoff(6, run))
    expect(html).toContain('audit entries written before')
    expect(html).toContain(cutoff)
    expect(html).toContain('will be deleted at the next hourly run')
    expect(html).toMatch(/[0-9]+ entr(y|ies) as things stand/)
  })

  it('deletes only entries older than the setting (6 years by default)', async () => {
    expect(await deleteAuditEntriesPastRetention(payload, { now: NOW })).toBe(2)
    expect(await references()).toEqual(['AGE-6Y-1D', 'AGE-3Y', 'AGE-NEW'])
  })

  it('follows a changed setting, and deletes nothing when nothing is due', async () => {
    await setYears(2)
    expect(await deleteAuditEntriesPastRetention(payload, { now: NOW })).toBe(2)
    expect(await references()).toEqual(['AGE-NEW'])
    expect(await deleteAuditEntriesPastRetention(payload, { now: NOW })).toBe(0)
    await setYears(6)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { loadCasework } from '@/admin/casework/loadCasework'
import { QUEUES } from '@/admin/casework/queueDefinitions'
import { answerRows } from '@/admin/referral/answerRows'
import type { FormDefinition } from '@/forms/types'
import { seedDemoReferrals } from '@/seed'
import { demoReferrals } from '@/seed/content/demoReferrals'
import { startPayload, userWithRole } from '../helpers/payload'

jest.setTimeout(180_000)

const running = startPayload()
let payload: Payload
const NOW = new Date()

const staff = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return { ...docs[0], collection: 'users' as const } as TypedUser
}
const reqFor = (user: TypedUser) => createLocalReq({ user }, payload)
const load = async (user: TypedUser, key: Parameters<typeof loadCasework>[2]) => loadCasework(await reqFor(user), user, key, 1, NOW)
const serviceSlugs = async (ids: unknown[]) => {
  const { docs } = await payload.find({ collection: 'services', where: { id: { in: ids } }, depth: 0, limit: 100 })
  return docs.map((doc) => doc.slug)
}

beforeAll(async () => {
  payload = await running
  await seedDemoReferrals(payload, NOW)
})
afterAll(async () => (await running).destroy())

describe('demo referrals', () => {
  it('stores about twenty through the submission service, once however often the seed runs', async () => {
    const count = async () => (await payload.count({ collection: 'submissions' })).totalDocs
    expect(await count()).toBe(demoReferrals.length)
    await seedDemoReferrals(payload, NOW)
    expect(await count()).toBe(demoReferrals.length)
    const { docs } = await payload.find({ collection: 'submissions', depth: 0, limit: 100 })
    expect(new Set(docs.map((doc) => doc.status)).size).toBeGreaterThanOrEqual(4)
    expect(docs.filter((doc) => doc.priority === 'urgent').length).toBeGreaterThan(0)
    expect(docs.every((doc) => Boolean(doc.emailsQueuedAt))).toBe(true)
    // Their stages are back-dated past the hooks; their report statistics follow.
    const stats = await payload.find({ collection: 'referral-stats', depth: 0, limit: 100, pagination: false })
    const stageOf = (rows: Array<{ key: unknown; stage: unknown; closedAt?: unknown }>) => Object.fromEntries(rows.map((row) => [String(row.key), [row.stage, row.closedAt ?? null]]))
    expect(stageOf(stats.docs.map((row) => ({ key: row.referral, stage: row.stage, closedAt: row.closedAt })))).toEqual(
      stageOf(docs.map((doc) => ({ key: doc.id, stage: doc.status, closedAt: doc.closedAt }))),
    )
  })
})

describe('case-work queues', () => {
  it.each([
    ['caseworker@psu.local', ['careers-unit', 'individual-support-team']],
    ['caseworker2@psu.local', ['coaching-service', 'communication-skills']],
  ])('show %s only the referrals of their services, with counts that agree', async (email, own) => {
    const user = await staff(email)
    for (const { key, where } of QUEUES) {
      const data = await load(user, key)
      const expected = await payload.find({ collection: 'submissions', where: { and: [where(user, NOW), { routedService: { in: await servicesIn(own) } }] } as never, depth: 0, limit: 100 })
      expect(data.counts[key]).toBe(expected.totalDocs)
      expect(data.rows.map((row) => row.reference).sort()).toEqual(expected.docs.map((doc) => doc.reference).sort())
      const firstNormal = data.rows.findIndex((row) => !row.urgent)
      if (firstNormal >= 0) expect(data.rows.slice(firstNormal).some((row) => row.urgent)).toBe(false)
    }
    const all = await payload.find({ collection: 'submissions', depth: 0, limit: 100, user, overrideAccess: false })
    expect(new Set(await serviceSlugs(all.docs.map((doc) => doc.routedService)))).toEqual(new Set(own))
  })

  it('counts the admin every referral and describes waiting and due in working days', async () => {
    const admin = (await userWithRole(payload, 'admin')) as TypedUser
    const data = await load(admin, 'unallocated')
    const total = await payload.count({ collection: 'submissions', where: { and: [{ status: { not_equals: 'closed' } }, { assignee: { exists: false } }] } })
    expect(data.counts.unallocated).toBe(total.totalDocs)
    for (const row of data.rows) {
      expect(row.applicantName).not.toBe('')
      expect(row.due).toMatch(/^(Due today|Due in \d+ working days?|Overdue by \d+ working days?|No due date)$/)
    }
  })
})

async function servicesIn(slugs: string[]) {
  const { docs } = await payload.find({ collection: 'services', where: { slug: { in: slugs } }, depth: 0, limit: 100 })
  return docs.map((doc) => doc.id)
}

describe('the referrals list', () => {
  it('puts urgent referrals first by default, then the newest', async () => {
    const { docs } = await payload.find({ collection: 'submissions', depth: 0, limit: 100 })
    const firstRoutine = docs.findIndex((doc) => doc.priority !== 'urgent')
    expect(firstRoutine).toBeGreaterThan(0)
    expect(docs.slice(firstRoutine).every((doc) => doc.priority !== 'urgent')).toBe(true)
    const routine = docs.slice(firstRoutine).map((doc) => doc.submittedAt)
    expect(routine).toEqual([...routine].sort().reverse())
  })
})

describe('the referral summary', () => {
  it('gives question labels and readable answers in page order, flagging the risk answer', async () => {
    const { docs } = await payload.find({ collection: 'submissions', where: { priority: { equals: 'urgent' } }, depth: 1, limit: 1 })
    const referral = docs[0]
    const version = referral.formVersion as { definition: unknown }
    const rows = answerRows(version.definition as FormDefinition, referral.answers)
    expect(rows.map((row) => row.label)).toContain('Are you having thoughts of harming yourself or ending your life?')
    expect(rows.find((row) => row.key === 'harmThoughts')).toMatchObject({ value: 'Yes', risk: true })
    expect(rows.find((row) => row.key === 'dateOfBirth')?.value).toBe('12 April 1992')
    expect(rows.filter((row) => row.risk)).toHaveLength(1)
    // Questions of routes not taken (other staff groups, the region exit) are left out.
    const asked = (version.definition as FormDefinition).pages.flatMap((page) => page.questions)
    expect(rows.length).toBeLessThan(asked.length)
  })
})

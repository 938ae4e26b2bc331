import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'

import { HOUSEKEEPING_RETRIES, HOUSEKEEPING_STEPS } from '@/jobs/housekeeping'
import { takeQueueTurn } from '@/jobs/queueTurn'
import { submitReferral } from '@/submissions/submit'
import { laterOn } from '../helpers/emailQueue'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'
import { startTestSmtp } from '../helpers/smtp'

jest.setTimeout(180_000)

const smtp = await startTestSmtp()
const previousSmtpUrl = process.env.SMTP_URL
process.env.SMTP_URL = smtp.url
const { startPayload, userWithRole } = await import('../helpers/payload')

const running = startPayload()
let payload: Payload
type Drizzle = { run: (query: ReturnType<typeof sql>) => Promise<unknown> }
const drizzle = () => (payload.db as unknown as { drizzle: Drizzle }).drizzle

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'housekeeping-referral')
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await (await running).destroy()
  await smtp.stop()
  process.env.SMTP_URL = previousSmtpUrl
})

/** What the server's timer does every 10 s: schedule what is due, then run the queue (here with the clock moved on). */
async function tick(): Promise<void> {
  await payload.jobs.handleSchedules()
  laterOn()
  await payload.jobs.run({ silent: true })
}

const refer = async () => {
  const result = await submitReferral(payload, { slug: 'housekeeping-referral', body: { answers: validAnswers() }, sendEmailsNow: false })
  if (result.status !== 201) throw new Error(`referral refused: ${JSON.stringify(result)}`)
  const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: result.reference } }, limit: 1 })
  return docs[0]
}

describe('scheduled housekeeping', () => {
  it('schedules each step as a task of its own', async () => {
    const result = await payload.jobs.handleSchedules()
    expect(result.queued.map((queued) => queued.taskConfig?.slug).sort()).toEqual(HOUSEKEEPING_STEPS.map((step) => step.slug).sort())
    // Already waiting: a second pass schedules nothing twice.
    expect((await payload.jobs.handleSchedules()).queued).toHaveLength(0)
  })

  it('still sends referral emails when the retention step fails, which stays visible to admins and is retried', async () => {
    const waiting = await refer()
    const expired = await refer()
    await payload.db.updateOne({
      collection: 'submissions',
      id: expired.id,
      data: { status: 'closed', retainUntil: new Date(Date.now() - 86_400_000).toISOString() },
      returning: false,
    })
    // The database refuses to delete referrals: the retention step throws on every try.
    await drizzle().run(sql`CREATE TRIGGER refuse_referral_delete BEFORE DELETE ON submissions BEGIN SELECT RAISE(ABORT, 'deletes refused'); END`)

    for (let run = 0; run <= HOUSEKEEPING_RETRIES.attempts + 1; run += 1) await tick()
    const mails = await smtp.waitFor(4)
    for (const referral of [waiting, expired]) {
      expect(mails.filter((mail) => `${mail.subject} ${mail.text}`.includes(referral.reference))).toHaveLength(2)
    }

    const admin = { user: await userWithRole(payload, 'admin'), overrideAccess: false as const }
    const failed = await payload.find({ collection: 'payload-jobs', ...admin, where: { hasError: { equals: true } } })
    expect(failed.docs).toHaveLength(1)
    expect(failed.docs[0]).toMatchObject({
      taskSlug: 'deleteReferralsPastRetention',
      totalTried: HOUSEKEEPING_RETRIES.attempts + 1,
      error: expect.objectContaining({ message: expect.stringMatching(/^Could not delete 1 referral\(s\) past retention/) }),
    })
    expect((await payload.count({ collection: 'submissions', where: { id: { equals: expired.id } } })).totalDocs).toBe(1)

    // Once the database accepts deletes again, the next scheduled run does the work.
    await drizzle().run(sql`DROP TRIGGER refuse_referral_delete`)
    await tick()
    expect((await payload.count({ collection: 'submissions', where: { id: { equals: expired.id } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'submissions', where: { id: { equals: waiting.id } } })).totalDocs).toBe(1)
  })

  it('gives the queue to one instance per tick: a second taker in the same tick is refused', async () => {
    expect(await takeQueueTurn(payload)).toBe(true)
    expect(await takeQueueTurn(payload)).toBe(false)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'

import { retryJob } from '@/jobs/retryJob'
import { SEND_EMAIL_RETRIES } from '@/jobs/sendEmail'
import { submitReferral } from '@/submissions/submit'
import { laterOn, runQueue } from '../helpers/emailQueue'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'
import { startTestSmtp } from '../helpers/smtp'

jest.setTimeout(180_000)

const smtp = await startTestSmtp()
const previousSmtpUrl = process.env.SMTP_URL
process.env.SMTP_URL = smtp.url
const { startPayload, userWithRole } = await import('../helpers/payload')

const running = startPayload()
let payload: Payload

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'retry-referral')
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await (await running).destroy()
  await smtp.stop()
  process.env.SMTP_URL = previousSmtpUrl
})

describe('emails that run out of retries', () => {
  it('stays visible to administrators with its error, and is sent once each when retried', async () => {
    await smtp.stop()
    const result = await submitReferral(payload, { slug: 'retry-referral', body: { answers: validAnswers() }, sendEmailsNow: false })
    expect(result.status).toBe(201)
    for (let attempt = 0; attempt <= SEND_EMAIL_RETRIES.attempts + 1; attempt += 1) {
      await runQueue(payload, { silent: true })
      laterOn()
    }
    const admin = { user: await userWithRole(payload, 'admin'), overrideAccess: false as const }
    const failed = await payload.find({ collection: 'payload-jobs', ...admin, where: { hasError: { equals: true } } })
    expect(failed.docs).toHaveLength(2)
    expect(failed.docs[0]).toMatchObject({ taskSlug: 'sendEmail', totalTried: SEND_EMAIL_RETRIES.attempts + 1, error: expect.objectContaining({ message: expect.stringMatching(/ECONNREFUSED/) }) })
    const caseworker = { user: await userWithRole(payload, 'caseworker'), overrideAccess: false as const }
    await expect(payload.find({ collection: 'payload-jobs', ...caseworker })).rejects.toMatchObject({ status: 403 })

    await smtp.start()
    for (const job of failed.docs) expect(await retryJob(payload, job.id)).toBe('queued')
    await smtp.waitFor(2)
    await runQueue(payload)
    expect(smtp.messages.map((mail) => mail.subject).sort()).toEqual([
      expect.stringMatching(/^New referral \w{8} for Careers Unit$/),
      expect.stringMatching(/^Your referral \w{8}$/),
    ])
  })
})

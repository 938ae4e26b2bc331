import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'

import { submitReferral } from '@/submissions/submit'
import { laterOn, runQueue } from '../helpers/emailQueue'
import { publishReferralForm, validAnswers, CAREERS_INBOX } from '../helpers/referralForm'
import { recipientsOf, startTestSmtp } from '../helpers/smtp'

jest.setTimeout(180_000)

// The SMTP server must be known before the config is read (the environment is read once).
const smtp = await startTestSmtp()
const previousSmtpUrl = process.env.SMTP_URL
process.env.SMTP_URL = smtp.url
const { startPayload } = await import('../helpers/payload')

const running = startPayload()
let payload: Payload

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'email-referral')
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await (await running).destroy()
  await smtp.stop()
  process.env.SMTP_URL = previousSmtpUrl
})

const submit = async (answers: Record<string, unknown>, sendEmailsNow = false) => {
  const result = await submitReferral(payload, { slug: 'email-referral', body: { answers }, sendEmailsNow })
  if (result.status !== 201) throw new Error(`submit failed: ${JSON.stringify(result)}`)
  return result.reference
}
const submissionOf = async (reference: string) =>
  (await payload.find({ collection: 'submissions', where: { reference: { equals: reference } }, depth: 0 })).docs[0]
const mailFor = (reference: string) => smtp.messages.filter((mail) => mail.subject?.includes(reference) || mail.text?.includes(reference))
const kindOf = (mail: ParsedMail) => (recipientsOf(mail).includes(CAREERS_INBOX) ? 'service' : recipientsOf(mail).includes('psu.lase@hee.nhs.uk') ? 'urgent' : 'trainee')

describe('referral emails', () => {
  it('sends the trainee confirmation and the service notification, the latter without answers', async () => {
    const reference = await submit(validAnswers({ firstName: 'Zeb <b>bold</b>', email: 'zeb@example.org' }))
    await runQueue(payload)
    await smtp.waitFor(2)
    const [trainee] = mailFor(reference).filter((mail) => kindOf(mail) === 'trainee')
    const [service] = mailFor(reference).filter((mail) => kindOf(mail) === 'service')
    expect(recipientsOf(trainee)).toEqual(['zeb@example.org'])
    expect(trainee.subject).toBe(`Your referral ${reference}`)
    expect(trainee.text).toContain('We will contact you within 10 working days')
    for (const line of ['NHS Frontline', "BMA's 24/7 counselling", 'Samaritans', 'Practitioner Support Programme']) {
      expect(trainee.text).toContain(line)
      expect(trainee.html).toContain(line.replace("'", '&#39;'))
    }
    expect(trainee.html).toContain('Dear Zeb &lt;b&gt;bold&lt;/b&gt;,')
    expect(trainee.html).not.toContain('<b>bold</b>')

    const doc = await submissionOf(reference)
    expect(service.subject).toBe(`New referral ${reference} for Careers Unit`)
    expect(service.text).toContain(`/admin/collections/submissions/${doc.id}`)
    expect(service.text).toContain('Priority: Normal')
    expect(service.html).toContain('Test referral &lt;form&gt;')
    for (const answer of ['Zeb', 'zeb@example.org']) {
      expect(`${service.subject} ${service.text} ${service.html}`).not.toContain(answer)
    }
    expect(doc).toMatchObject({ traineeEmailSentAt: expect.any(String), serviceEmailSentAt: expect.any(String), urgentEmailSentAt: null })
  })

  it('sends an urgent referral to the duty address at once, marked URGENT', async () => {
    const before = smtp.messages.length
    const reference = await submit(validAnswers({ safe: 'no' }), true)
    await smtp.waitFor(before + 3)
    const [urgent] = mailFor(reference).filter((mail) => kindOf(mail) === 'urgent')
    expect(urgent.subject).toBe(`URGENT: Referral ${reference} needs a response today`)
    expect(urgent.text).toMatch(/^URGENT/)
    expect(urgent.headers.get('priority')).toBe('high')
    expect(urgent.text).toContain('Priority: URGENT')
  })

  it("sends the service notification to the site's contact address when the service has no inbox", async () => {
    const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: 'individual-support-team' } }, depth: 0 })
    await payload.update({ collection: 'services', id: docs[0].id, data: { contact: { email: null }, _status: 'published' } as never })
    await payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'contact@psu.test' } })
    const reference = await submit(validAnswers({ topic: 'wellbeing', details: 'Tired' }))
    await runQueue(payload)
    const service = mailFor(reference).find((mail) => mail.subject?.startsWith('New referral'))
    expect(service && recipientsOf(service)).toEqual(['contact@psu.test'])
    expect(service?.subject).toBe(`New referral ${reference} for Individual Support Team`)
  })

  it('delivers every email exactly once when SMTP is down for a while and comes back', async () => {
    await smtp.stop()
    const references = [await submit(validAnswers()), await submit(validAnswers({ safe: 'no' })), await submit(validAnswers())]
    // Later on, the sweep also takes the urgent referral, whose own request did not send its emails.
    laterOn()
    for (let round = 0; round < 3; round += 1) {
      await runQueue(payload, { silent: true })
      laterOn()
    }
    expect(references.flatMap(mailFor)).toHaveLength(0)
    const waiting = await payload.find({ collection: 'payload-jobs', where: { hasError: { equals: false } }, depth: 0 })
    expect(waiting.docs.every((job) => (job.totalTried ?? 0) >= 3)).toBe(true)

    await smtp.start()
    for (let round = 0; round < 3; round += 1) {
      await runQueue(payload, { silent: true })
      laterOn()
    }
    const delivered = references.map((reference) => mailFor(reference).map(kindOf).sort())
    expect(delivered).toEqual([['service', 'trainee'], ['service', 'trainee', 'urgent'], ['service', 'trainee']])
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })

  it('never sends an email twice, even when a job for it runs again', async () => {
    const reference = await submit(validAnswers())
    await runQueue(payload)
    const doc = await submissionOf(reference)
    await payload.jobs.queue({ task: 'sendEmail', input: { submissionId: String(doc.id), kind: 'trainee' } })
    await runQueue(payload)
    expect(mailFor(reference)).toHaveLength(2)
  })
})

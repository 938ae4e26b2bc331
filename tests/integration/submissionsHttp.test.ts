import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { isReference } from '@/submissions/reference'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'
import { startTestSmtp } from '../helpers/smtp'

jest.setTimeout(120_000)

// Emails the route sends go to a test server (the environment is read once, at config import).
const smtp = await startTestSmtp()
const previousSmtpUrl = process.env.SMTP_URL
process.env.SMTP_URL = smtp.url
const { default: config } = await import('@payload-config')
const { REST_POST } = await import('@payloadcms/next/routes')
const { startPayload } = await import('../helpers/payload')

const running = startPayload()
let payload: Payload
const POST = REST_POST(config)

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'http-referral')
})
afterAll(async () => {
  await (await running).destroy()
  await smtp.stop()
  process.env.SMTP_URL = previousSmtpUrl
})

let client = 0
/** A POST through Payload's real REST route handler, from its own client address unless given. */
async function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  client += 1
  const request = new Request(`http://localhost/api/${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.${client >> 8}.${client & 255}`, ...headers },
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  const response = await POST(request, { params: Promise.resolve({ slug: path.split('/') }) })
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> }
}
const submit = (answers: unknown, headers: Record<string, string> = {}) =>
  post('forms/http-referral/submissions', JSON.stringify({ answers }), headers)

describe('POST /api/forms/{slug}/submissions', () => {
  it('answers 201 with the reference', async () => {
    const response = await submit(validAnswers())
    expect(response.status).toBe(201)
    expect(isReference(String(response.json.reference))).toBe(true)
  })

  it('answers 422 with field errors, and 404 for an unknown form', async () => {
    const invalid = await submit(validAnswers({ email: 'nope' }))
    expect(invalid).toMatchObject({ status: 422, json: { errors: [{ field: 'email', message: expect.any(String) }] } })
    const unknown = await post('forms/no-such-form/submissions', JSON.stringify({ answers: {} }))
    expect(unknown).toMatchObject({ status: 404, json: { errors: [expect.objectContaining({ message: expect.any(String) })] } })
  })

  it('returns the same reference for a repeated Idempotency-Key header', async () => {
    const first = await submit(validAnswers(), { 'idempotency-key': 'http-retry-1' })
    const again = await submit(validAnswers(), { 'idempotency-key': 'http-retry-1' })
    expect(again.json.reference).toBe(first.json.reference)
  })

  it('refuses what is not a small JSON body with 400, 413 or 415 and an errors array', async () => {
    const huge = JSON.stringify({ answers: validAnswers({ firstName: 'x'.repeat(200_000) }) })
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 30; index += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(10_000)))
        controller.close()
      },
    })
    const cases: Array<[number, Promise<Awaited<ReturnType<typeof post>>>]> = [
      [415, post('forms/http-referral/submissions', 'answers=1', { 'content-type': 'application/x-www-form-urlencoded' })],
      [415, post('forms/http-referral/submissions', '{}', { 'content-type': 'text/plain' })],
      [413, post('forms/http-referral/submissions', huge)],
      [413, post('forms/http-referral/submissions', streamed)],
      [400, post('forms/http-referral/submissions', '{"answers": ')],
      [400, post('forms/http-referral/submissions', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))],
      [400, post('forms/http-referral/submissions', '')],
      [422, post('forms/http-referral/submissions', '[]')],
    ]
    for (const [status, pending] of cases) {
      const response = await pending
      expect({ status: response.status, errors: Array.isArray(response.json.errors) }).toEqual({ status, errors: true })
    }
  })

  it('answers 429 with Retry-After after 10 posts from one address, whatever they are', async () => {
    const statuses: number[] = []
    const from = { 'x-forwarded-for': '192.0.2.44' }
    // Invalid answers, a malformed body, an unknown form, the honeypot: each post counts.
    statuses.push((await post('forms/http-referral/submissions', '{"answers": ', from)).status)
    statuses.push((await post('forms/no-such-form/submissions', JSON.stringify({ answers: {} }), from)).status)
    statuses.push((await post('forms/http-referral/submissions', JSON.stringify({ answers: validAnswers(), website: 'x' }), from)).status)
    for (let index = 0; index < 7; index += 1) statuses.push((await submit({}, from)).status)
    expect(statuses).toEqual([400, 404, 201, ...Array(7).fill(422)])
    // Entries the client writes left of the one the proxy appended change nothing.
    const limited = await submit(validAnswers(), { 'x-forwarded-for': '10.0.0.1, 192.0.2.44' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await submit(validAnswers(), { 'x-forwarded-for': '192.0.2.45' })).status).toBe(201)
  })

  it('refuses creating a referral through the collection REST API', async () => {
    const response = await post('submissions', JSON.stringify({ reference: 'AAAAAAAA', answers: {} }))
    expect(response.status).toBe(403)
  })
})

describe('POST /api/payload-jobs/{id}/retry', () => {
  it('is for administrators only, and queues a failed job again', async () => {
    const job = await payload.jobs.queue({ task: 'sendEmail', input: { submissionId: '0', kind: 'service' } })
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { hasError: true, error: { message: 'SMTP down' } } })
    expect((await post(`payload-jobs/${job.id}/retry`, null)).status).toBe(401)
    const caseworker = await payload.login({ collection: 'users', data: { email: 'caseworker@psu.local', password: 'psu-dev-password' } })
    expect((await post(`payload-jobs/${job.id}/retry`, null, { authorization: `JWT ${caseworker.token}` })).status).toBe(403)
    const admin = await payload.login({ collection: 'users', data: { email: 'admin@psu.local', password: 'psu-dev-password' } })
    const auth = { authorization: `JWT ${admin.token}` }
    expect((await post('payload-jobs/999999/retry', null, auth)).status).toBe(404)
    expect(await post(`payload-jobs/${job.id}/retry`, null, auth)).toMatchObject({ status: 202, json: { status: 'queued' } })
    const deadline = Date.now() + 20_000
    while ((await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs > 0) {
      if (Date.now() > deadline) throw new Error('the retried job did not run')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })
})

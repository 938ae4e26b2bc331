import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { badInputs, type BadInput } from '../helpers/badInputs'
import { publishReferralForm } from '../helpers/referralForm'

jest.setTimeout(300_000)

const { default: config } = await import('@payload-config')
const { REST_POST } = await import('@payloadcms/next/routes')
const { startPayload } = await import('../helpers/payload')

const CORPUS_SIZE = 10_000
const running = startPayload()
let payload: Payload
const POST = REST_POST(config)

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'fuzz-referral')
})
afterAll(async () => (await running).destroy())

type Outcome = { label: string; status: number; errors: unknown }

/** Sends one case through Payload's REST route handler, each from its own client address. */
async function send(body: BadInput['body'], contentType: string | undefined, index: number, label: string): Promise<Outcome> {
  const request = new Request('http://localhost/api/forms/fuzz-referral/submissions', {
    method: 'POST',
    body,
    headers: { 'content-type': contentType ?? 'application/json', 'x-forwarded-for': `10.9.${index >> 8}.${index & 255}` },
  })
  const response = await POST(request, { params: Promise.resolve({ slug: ['forms', 'fuzz-referral', 'submissions'] }) })
  const json = (await response.json().catch(() => ({}))) as { errors?: unknown }
  return { label, status: response.status, errors: json.errors }
}

const wellFormed = (errors: unknown) =>
  Array.isArray(errors) &&
  errors.length > 0 &&
  errors.every((error: { field?: unknown; message?: unknown }) => typeof error.message === 'string' && typeof error.field === 'string')

describe('a corpus of bad requests through the real route', () => {
  it(`answers each of ${CORPUS_SIZE} bad requests with a 4xx and errors, and stores nothing`, async () => {
    const before = { submissions: await payload.count({ collection: 'submissions' }), jobs: await payload.count({ collection: 'payload-jobs' }) }
    const corpus = badInputs(CORPUS_SIZE)
    const outcomes: Outcome[] = []
    const started = Date.now()
    for (let start = 0; start < corpus.length; start += 20) {
      const batch = corpus.slice(start, start + 20)
      outcomes.push(...(await Promise.all(batch.map((input, offset) => send(input.body, input.contentType, start + offset, input.label)))))
    }
    const seconds = (Date.now() - started) / 1000
    const wrong = outcomes.filter((outcome) => outcome.status < 400 || outcome.status > 499 || !wellFormed(outcome.errors))
    expect(wrong.slice(0, 5)).toEqual([])
    const byStatus = outcomes.reduce<Record<number, number>>((tally, { status }) => ({ ...tally, [status]: (tally[status] ?? 0) + 1 }), {})
    console.info(`${outcomes.length} bad requests in ${seconds.toFixed(1)} s:`, byStatus)
    expect(byStatus[422]).toBeGreaterThan(CORPUS_SIZE * 0.9)
    expect(await payload.count({ collection: 'submissions' })).toEqual(before.submissions)
    expect(await payload.count({ collection: 'payload-jobs' })).toEqual(before.jobs)
  })
})

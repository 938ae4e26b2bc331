import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { psuApplicationAnswers } from '../helpers/referralForm'
import { startServer, type RunningServer } from '../helpers/server'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { createStaff } from './support/adminApi'

// Two boots, 60 referrals and the queue's 10-second timer on both: bounded at 5 minutes.
jest.setTimeout(300_000)

const REFERRALS = 60
const dir = mkdtempSync(path.join(os.tmpdir(), 'psu-two-'))
let smtp: TestSmtp
let one: RunningServer
let two: RunningServer
let adminToken: string

beforeAll(async () => {
  smtp = await startTestSmtp()
  // As two instances behind one load balancer: one database, one secret, one data key, one SMTP relay.
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'shared.db')}`,
    PAYLOAD_SECRET: `two-instances-${Date.now()}-not-the-dev-default`,
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    SMTP_URL: smtp.url,
    TRUSTED_PROXY_HOPS: '1',
  }
  // The first runs the migrations and the seed; the second starts on the ready database.
  one = await startServer({ env })
  two = await startServer({ env })
  ;({ adminToken } = await createStaff(one.url))
})
afterAll(async () => {
  await one?.stop()
  await two?.stop()
  await smtp?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** A post to the referral API through the load balancer, from the client it names. */
async function submit(server: RunningServer, client: string, answers: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/forms/psu-application/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ answers }),
  })
  return { status: response.status, body: (await response.json()) as { reference?: string } }
}

async function adminGet<T>(server: RunningServer, pathAndQuery: string): Promise<T> {
  const response = await fetch(`${server.url}${pathAndQuery}`, { headers: { Authorization: `JWT ${adminToken}` } })
  if (!response.ok) throw new Error(`GET ${pathAndQuery} → ${response.status}`)
  return (await response.json()) as T
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('two instances on one database', () => {
  it('store every referral once and send each email exactly once while both run the queue', async () => {
    const results = await Promise.all(
      Array.from({ length: REFERRALS }, (_unused, index) =>
        submit(index % 2 ? two : one, `198.51.100.${index + 1}`, psuApplicationAnswers({ firstName: `Trainee${index}`, email: `trainee${index}@example.org` })),
      ),
    )
    expect(results.map((result) => result.status)).toEqual(Array(REFERRALS).fill(201))
    const references = results.map((result) => String(result.body.reference))
    expect(new Set(references).size).toBe(REFERRALS)

    const stored = await adminGet<{ totalDocs: number; docs: Array<{ reference: string }> }>(two, '/api/submissions?limit=200&depth=0')
    expect(stored.totalDocs).toBe(REFERRALS)
    expect(stored.docs.map((doc) => doc.reference).sort()).toEqual([...references].sort())

    // Each referral: the trainee's email and the routed service's.
    await smtp.waitFor(REFERRALS * 2, 150_000)
    // Two more queue runs on both instances, for any duplicate to show up.
    await sleep(25_000)
    const sent = smtp.messages.map((mail) => `${mail.subject} → ${[mail.to].flat().map((to) => to?.text).join(',')}`)
    expect(sent).toHaveLength(REFERRALS * 2)
    expect(new Set(sent).size).toBe(sent.length)
    for (const reference of references) expect(sent.filter((line) => line.includes(reference))).toHaveLength(2)
    const failed = await adminGet<{ totalDocs: number }>(one, '/api/payload-jobs?where[hasError][equals]=true&limit=0')
    expect(failed.totalDocs).toBe(0)
  })

  it('share the rate limit: a client refused on one instance is refused on the other', async () => {
    const client = '192.0.2.77'
    for (let index = 0; index < 10; index += 1) {
      expect((await submit(one, client, { firstName: 'incomplete' })).status).toBe(422)
    }
    expect((await submit(two, client, psuApplicationAnswers())).status).toBe(429)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createClient } from '@libsql/client'

import { startServer, type RunningServer } from '../helpers/server'

jest.setTimeout(240_000)

// One server as deployed with no proxy in front, one behind a single proxy (played by this
// test) with a limit of 3 posts in 10 minutes, set through RATE_LIMIT_SUBMISSIONS.
let direct: RunningServer
let proxied: RunningServer

beforeAll(async () => {
  direct = await startServer()
  proxied = await startServer({ env: { TRUSTED_PROXY_HOPS: '1', RATE_LIMIT_SUBMISSIONS: '3/600' } })
})
afterAll(async () => {
  await direct?.stop()
  await proxied?.stop()
})

let rotation = 0
/** A new made-up address each call, as a client dodging the limit would send. */
const madeUp = () => `203.0.113.${(rotation += 1) % 250}`

/** One post to the referral API; the bodies vary as an attacker's would: none of them valid. */
async function post(server: RunningServer, headers: Record<string, string>, kind = 0) {
  const bodies: Array<[string, string]> = [
    ['psu-application', '{"answers": '],
    ['no-such-form', JSON.stringify({ answers: {} })],
    ['psu-application', JSON.stringify({ answers: {}, website: 'spam' })],
    ['psu-application', JSON.stringify({ answers: { email: 'nope' } })],
  ]
  const [slug, body] = bodies[kind % bodies.length]
  const response = await fetch(`${server.url}/api/forms/${slug}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
  await response.arrayBuffer()
  return { status: response.status, retryAfter: response.headers.get('retry-after') }
}

/** The client keys the server counted submissions under, read from its database. */
async function countedKeys(server: RunningServer): Promise<string[]> {
  const client = createClient({ url: server.databaseUri })
  try {
    const result = await client.execute(`SELECT key FROM rate_limits WHERE key LIKE 'submission:%' ORDER BY key`)
    return result.rows.map((row) => String(row.key))
  } finally {
    client.close()
  }
}

describe('the submission rate limit on the production server', () => {
  it('with no proxy, keys on the TCP peer: rotating X-Forwarded-For (or forging the peer header) does not reset the quota', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 11; index += 1) {
      const forged = { 'x-forwarded-for': `${madeUp()}, ${madeUp()}`, 'x-real-ip': madeUp(), 'x-psu-peer-address': `guess ${madeUp()}` }
      statuses.push((await post(direct, forged, index)).status)
    }
    expect(statuses.slice(0, 10)).not.toContain(429)
    expect(statuses[10]).toBe(429)
    // With no header at all the same client is still refused.
    expect(await post(direct, {})).toMatchObject({ status: 429, retryAfter: expect.stringMatching(/^\d+$/) })
    // Counted under the socket's address: not a made-up one, nor one key shared by all.
    expect(await countedKeys(direct)).toEqual(['submission:127.0.0.1'])
  })

  it('behind one proxy, keys on the address the proxy appended: clients have their own quotas, set by RATE_LIMIT_SUBMISSIONS', async () => {
    const first = (extra = '') => ({ 'x-forwarded-for': `${extra}198.51.100.1` })
    const firstStatuses = []
    for (let index = 0; index < 3; index += 1) firstStatuses.push((await post(proxied, first(`${madeUp()}, `), index)).status)
    expect(firstStatuses).not.toContain(429)
    // Entries the client wrote to the left of the proxy's do not give it a new quota.
    expect((await post(proxied, first(`${madeUp()}, `))).status).toBe(429)
    expect((await post(proxied, first())).status).toBe(429)
    // Another client, behind the same proxy, is not held back.
    expect((await post(proxied, { 'x-forwarded-for': '198.51.100.2' })).status).not.toBe(429)
    expect(await countedKeys(proxied)).toEqual(['submission:198.51.100.1', 'submission:198.51.100.2'])
  })
})

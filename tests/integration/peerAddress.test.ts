import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { PEER_HEADER, peerAddress, recordPeerAddresses } from '@/rateLimit/peerAddress'

// Requests the server sees, as a route handler would: a Headers copy of the Node request's.
const seen: Headers[] = []
const server = http.createServer((req, res) => {
  seen.push(new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, [value].flat().join(', ')])))
  res.end('ok')
})
let url: string

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = async (headers: Record<string, string> = {}) => {
  await (await fetch(url, { headers })).text()
  return seen[seen.length - 1]
}

describe('the recorded TCP peer', () => {
  it('is unknown until recording starts, whatever the client claims', async () => {
    expect(peerAddress(await get({ [PEER_HEADER]: 'anything 203.0.113.9' }))).toBeUndefined()
  })

  it('is the socket address once recording runs, and a forged header is replaced', async () => {
    recordPeerAddresses()
    recordPeerAddresses() // idempotent: one wrapper, one secret
    expect(peerAddress(await get())).toBe('127.0.0.1')
    const forged = await get({ [PEER_HEADER]: 'guess 203.0.113.9', 'x-forwarded-for': '203.0.113.10' })
    expect(peerAddress(forged)).toBe('127.0.0.1')
    expect(forged.get('x-forwarded-for')).toBe('203.0.113.10')
  })
})

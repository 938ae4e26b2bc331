import { describe, expect, it } from '@jest/globals'

import { clientAddressFrom, UNKNOWN_CLIENT } from '@/rateLimit/clientAddress'

describe('clientAddressFrom', () => {
  // [what, X-Forwarded-For as received, recorded TCP peer, TRUSTED_PROXY_HOPS, key]
  const cases: Array<[string, string | null, string | undefined, number, string]> = [
    ['no proxy: the TCP peer', null, '198.51.100.4', 0, '198.51.100.4'],
    ['no proxy: a header the client wrote is ignored', '203.0.113.9', '198.51.100.4', 0, '198.51.100.4'],
    ['no proxy: a rotating header is ignored', '203.0.113.10, 203.0.113.11', '198.51.100.4', 0, '198.51.100.4'],
    ['one proxy: the entry it appended', '203.0.113.5', '10.0.0.2', 1, '203.0.113.5'],
    ['one proxy: entries the client wrote to its left are ignored', '1.2.3.4, 203.0.113.5', '10.0.0.2', 1, '203.0.113.5'],
    ['two proxies: second from the right', '1.2.3.4, 203.0.113.5, 10.0.0.9', '10.0.0.2', 2, '203.0.113.5'],
    ['a chain shorter than the hops did not pass every proxy: the peer', '203.0.113.5', '10.0.0.2', 2, '10.0.0.2'],
    ['IPv6 peer', null, '2001:DB8::1', 0, '2001:db8::1'],
    ['IPv4 on a dual-stack socket', null, '::ffff:198.51.100.4', 0, '198.51.100.4'],
    ['no recorded peer: one shared key', '203.0.113.9', undefined, 0, UNKNOWN_CLIENT],
    ['a malformed entry from the proxy: one shared key', '<script>', '10.0.0.2', 1, UNKNOWN_CLIENT],
    ['an overlong entry: one shared key', 'a'.repeat(500), '10.0.0.2', 1, UNKNOWN_CLIENT],
  ]
  it.each(cases)('%s', (_what, forwardedFor, peer, hops, expected) => {
    expect(clientAddressFrom({ forwardedFor, peer }, hops)).toBe(expected)
  })
})

import { describe, expect, it, jest } from '@jest/globals'

import { startServer } from '../helpers/server'

jest.setTimeout(120_000)

// The production build with a missing or malformed data key must not serve at all: a server
// that started would store answers it could never be made to protect, or could not read.
describe('production start-up without a usable DATA_ENCRYPTION_KEY', () => {
  it.each([
    ['unset', '', /DATA_ENCRYPTION_KEY is not set.*openssl rand -hex 32/],
    ['malformed', 'not-a-key', /DATA_ENCRYPTION_KEY must be 64 hexadecimal characters/],
  ])('refuses to start when the key is %s, with a message naming the variable', async (_, key, message) => {
    // Asked for its health, not only for an open port: Next opens the port before its start-up
    // hook has checked the environment, and a busy machine could answer "listening" first.
    const start = startServer({ env: { DATA_ENCRYPTION_KEY: key }, timeoutMs: 60_000 })
    await expect(start).rejects.toThrow(/next start exited with code 1/)
    await expect(start).rejects.toThrow(message)
  })
})

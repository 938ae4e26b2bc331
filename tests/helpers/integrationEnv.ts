// Each integration test file gets its own SQLite file, set before any config module is imported.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'psu-int-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
process.env.PAYLOAD_SECRET ??= 'integration-test-secret'
// Requests built in a test reach the route handlers with no socket: the test plays the one
// trusted proxy, and the right-most X-Forwarded-For entry it writes is the client.
process.env.TRUSTED_PROXY_HOPS = '1'

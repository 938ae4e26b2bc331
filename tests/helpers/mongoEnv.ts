// The MongoDB suite: each test file gets its own database on the server MONGODB_URI names.
import { randomBytes } from 'node:crypto'

const server = process.env.MONGODB_URI
if (server) {
  const url = new URL(server)
  url.pathname = `/psu_test_${randomBytes(4).toString('hex')}`
  process.env.DATABASE_URI = url.toString()
}
process.env.PAYLOAD_SECRET ??= 'integration-test-secret'

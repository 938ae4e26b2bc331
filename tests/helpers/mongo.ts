import mongoose from 'mongoose'
import type { Payload } from 'payload'

// Straight to stderr: jest drops console output of suites whose tests were all skipped.
const say = (message: string) => process.stderr.write(`\n${message}\n`)

/**
 * Whether MONGODB_URI names a server that answers. The MongoDB suite runs only then; otherwise
 * it says plainly that it was skipped and why, so a green run never hides an untested adapter.
 */
export async function mongoAvailable(): Promise<boolean> {
  const uri = process.env.MONGODB_URI
  if (!uri) {
    say('MongoDB suite SKIPPED: MONGODB_URI is not set (see README, "MongoDB tests").')
    return false
  }
  try {
    const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 3000 }).asPromise()
    await connection.close()
    return true
  } catch (error) {
    say(`MongoDB suite SKIPPED: no server answered at MONGODB_URI (${(error as Error).message}).`)
    return false
  }
}

/**
 * Payload on this test file's MongoDB database, started on first use and dropped with it after
 * the file's tests: `start` for the scenarios, `stop` for `afterAll`.
 */
export function payloadOnMongo(): { start: () => Promise<Payload>; stop: () => Promise<void> } {
  let running: Promise<Payload> | undefined
  const start = async () => {
    const { startPayload } = await import('./payload')
    running ??= startPayload()
    return running
  }
  const stop = async () => {
    if (!running) return
    const payload = await running
    await payload.db.connection.dropDatabase()
    await payload.destroy()
  }
  return { start, stop }
}

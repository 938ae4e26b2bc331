import { afterAll, describe } from '@jest/globals'
import type { Payload } from 'payload'

import { mongoAvailable } from '../helpers/mongo'
import { rateLimitScenarios } from '../scenarios/rateLimitScenarios'

// The same rate-limit contract as on SQLite, on MongoDB when a server answers.
const reachable = await mongoAvailable()
const describeOnMongo = reachable ? describe : describe.skip

let running: Promise<Payload> | undefined
const start = async () => {
  const { startPayload } = await import('../helpers/payload')
  running ??= startPayload()
  return running
}

afterAll(async () => {
  if (!running) return
  const payload = await running
  await payload.db.connection.dropDatabase()
  await payload.destroy()
})

describeOnMongo('MongoDB: rate limits', () => rateLimitScenarios(start))

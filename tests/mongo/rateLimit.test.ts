import { afterAll, describe } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { rateLimitScenarios } from '../scenarios/rateLimitScenarios'

// The same rate-limit contract as on SQLite, on MongoDB when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo('MongoDB: rate limits', () => rateLimitScenarios(mongo.start))

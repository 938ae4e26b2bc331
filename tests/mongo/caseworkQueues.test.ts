import { afterAll, describe, jest } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { caseworkQueueScenarios } from '../scenarios/caseworkQueueScenarios'

jest.setTimeout(120_000)

// The same deadline and queue scenarios as on SQLite, on MongoDB when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo('MongoDB: deadlines and case-work queues', () => caseworkQueueScenarios(mongo.start))

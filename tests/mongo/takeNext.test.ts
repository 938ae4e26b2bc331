import { afterAll, describe, jest } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { takeNextScenarios } from '../scenarios/takeNextScenarios'

jest.setTimeout(120_000)

// The same take-next scenarios as on SQLite (incl. concurrent takers), on MongoDB when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo('MongoDB: take next', () => takeNextScenarios(mongo.start))

import { afterAll, describe, jest } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { referralScenarios } from '../scenarios/referralScenarios'

jest.setTimeout(120_000)

// The same referral scenarios as on SQLite, on MongoDB when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo('MongoDB: receiving referrals', () => referralScenarios(mongo.start))

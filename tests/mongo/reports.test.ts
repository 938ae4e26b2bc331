import { afterAll, describe, jest } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { reportScenarios } from '../scenarios/reportScenarios'
import { reportUpkeepScenarios } from '../scenarios/reportUpkeepScenarios'

jest.setTimeout(180_000)

// The same report figures and upkeep as on SQLite, on MongoDB when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo("MongoDB: the managers' report figures", () => {
  reportUpkeepScenarios(reportScenarios(mongo.start))
})

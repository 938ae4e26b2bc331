import { afterAll, describe } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { accessScenarios } from '../scenarios/accessScenarios'
import { seedScenarios } from '../scenarios/seedScenarios'

// The same scenarios as the SQLite integration suite, on MongoDB when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo('MongoDB: seed', () => seedScenarios(mongo.start))
describeOnMongo('MongoDB: access', () => accessScenarios(mongo.start))

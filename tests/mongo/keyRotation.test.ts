import '../helpers/rotationKeys'

import { afterAll, describe, jest } from '@jest/globals'

import { mongoAvailable, payloadOnMongo } from '../helpers/mongo'
import { keyRotationScenarios } from '../scenarios/keyRotationScenarios'

jest.setTimeout(120_000)

// The same key-rotation scenarios as on SQLite (through the mongoose models), when a server answers.
const describeOnMongo = (await mongoAvailable()) ? describe : describe.skip
const mongo = payloadOnMongo()
afterAll(mongo.stop)

describeOnMongo('MongoDB: key rotation', () => keyRotationScenarios(mongo.start))

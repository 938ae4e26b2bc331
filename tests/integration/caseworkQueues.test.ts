import { afterAll, describe, jest } from '@jest/globals'

import { startPayload } from '../helpers/payload'
import { caseworkQueueScenarios } from '../scenarios/caseworkQueueScenarios'

jest.setTimeout(120_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('SQLite: deadlines and case-work queues', () => caseworkQueueScenarios(() => running))

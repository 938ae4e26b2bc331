import { afterAll, describe, jest } from '@jest/globals'

import { startPayload } from '../helpers/payload'
import { reportScenarios } from '../scenarios/reportScenarios'
import { reportUpkeepScenarios } from '../scenarios/reportUpkeepScenarios'

jest.setTimeout(180_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('SQLite: the managers\' report figures', () => {
  reportUpkeepScenarios(reportScenarios(() => running))
})

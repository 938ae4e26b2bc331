import { afterAll } from '@jest/globals'

import { startPayload } from '../helpers/payload'
import { accessScenarios } from '../scenarios/accessScenarios'

const running = startPayload()
afterAll(async () => (await running).destroy())

accessScenarios(() => running)

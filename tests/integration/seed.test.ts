import { afterAll } from '@jest/globals'

import { startPayload } from '../helpers/payload'
import { seedScenarios } from '../scenarios/seedScenarios'

const running = startPayload()
afterAll(async () => (await running).destroy())

seedScenarios(() => running)

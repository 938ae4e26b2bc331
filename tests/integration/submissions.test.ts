import { afterAll, describe, jest } from '@jest/globals'

import { startPayload } from '../helpers/payload'
import { referralScenarios } from '../scenarios/referralScenarios'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('SQLite: receiving referrals', () => referralScenarios(() => running))

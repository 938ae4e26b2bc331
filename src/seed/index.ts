import type { Payload } from 'payload'

import { env } from '@/config/env'
import { seedContent } from './seedContent'
import { seedUsers } from './seedUsers'

/**
 * Runs on every start: loads the page's content into an empty database and, outside
 * production, one user per role. Idempotent, so restarts add nothing twice.
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  const settings = env()
  await seedContent(payload)
  if (!settings.isProduction) await seedUsers(payload, settings.SEED_PASSWORD)
}

export { seedContent, seedUsers }

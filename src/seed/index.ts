import type { Payload } from 'payload'

import { env } from '@/config/env'
import { seedContent } from './seedContent'
import { seedDemoReferrals } from './seedDemoReferrals'
import { seedUsers } from './seedUsers'

/**
 * Runs on every start: loads the page's content into an empty database and, outside
 * production, one user per role and demo referrals. Idempotent, so restarts add nothing twice.
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  const settings = env()
  await seedContent(payload)
  if (settings.isProduction) return
  await seedUsers(payload, settings.SEED_PASSWORD)
  // Not in tests: they start from known data.
  if (settings.NODE_ENV === 'development') await seedDemoReferrals(payload)
}

export { seedContent, seedDemoReferrals, seedUsers }

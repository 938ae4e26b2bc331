/**
 * `npm run seed:demo -- --referrals 5000 [--seed 1]`: made-up referrals for the development
 * database, so the reports show figures. Refuses with NODE_ENV=production.
 */
import { parseArgs } from 'node:util'

import { env } from '@/config/env'
import { DemoRefused, seedDemo } from '@/seed/demo/seedDemo'

const { values } = parseArgs({ options: { referrals: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' } } })
const referrals = Number(values.referrals)
const seed = Number(values.seed)
if (!Number.isInteger(referrals) || referrals < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run seed:demo -- --referrals 5000 --seed 1 (whole numbers; at least 1 referral)')
  process.exit(2)
}

// Before anything opens the database: a production database is never touched.
if (env().isProduction) {
  console.error('seed:demo refuses to run with NODE_ENV=production: it writes made-up referrals.')
  process.exit(1)
}

try {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const started = Date.now()
  const written = await seedDemo(payload, { referrals, seed, onProgress: (done) => done % 50_000 === 0 && console.log(`  ${done} referrals…`) })
  console.log(`Seeded ${written} demo referrals (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof DemoRefused ? error.message : error)
  process.exit(1)
}

import type { Payload } from 'payload'

import { env } from '@/config/env'
import { DYSLEXIA_ASSESSMENT_SLUG } from '@/seed/content/forms/dyslexiaAssessment'
import { PSU_APPLICATION_SLUG } from '@/seed/content/forms/psuApplication'
import { loadClosures } from '@/submissions/closures'
import { loadEligibilityRules } from '@/submissions/eligibilityRules'
import { loadPublishedForm } from '@/submissions/publishedForm'
import { cellsFromGroups } from '@/reports/cellCounts'
import { reportStore } from '@/reports/store'
import { bulkInsert } from './bulkInsert'
import { DEMO_KEY_PREFIX, generateDemoReferrals, type DemoContext, type DemoForm, type DemoRecord } from './generate'

export type SeedDemoOptions = { referrals: number; seed: number; now?: Date; batchSize?: number; onProgress?: (done: number) => void }

/** Thrown instead of touching a production database. */
export class DemoRefused extends Error {}

const BATCH = 500

async function demoForm(payload: Payload, slug: string): Promise<DemoForm | undefined> {
  const form = await loadPublishedForm(payload, slug)
  if (!form) return undefined
  return { id: form.formId, versionId: form.versionId, slug, urgentContactWorkingDays: form.messages.urgentContactWorkingDays, retentionDays: form.retentionDays }
}

async function demoContext(payload: Payload, options: SeedDemoOptions, now: Date): Promise<DemoContext> {
  const [services, caseworkers, psuApplication, dyslexia, closures, eligibilityRules, seeded] = await Promise.all([
    payload.find({ collection: 'services', depth: 0, limit: 0, pagination: false, select: { slug: true, firstContactWorkingDays: true } }),
    payload.find({ collection: 'users', where: { roles: { contains: 'caseworker' } }, depth: 0, limit: 0, pagination: false, select: { services: true } }),
    demoForm(payload, PSU_APPLICATION_SLUG),
    demoForm(payload, DYSLEXIA_ASSESSMENT_SLUG),
    loadClosures(payload),
    loadEligibilityRules(payload),
    payload.count({ collection: 'submissions', where: { idempotencyKey: { like: DEMO_KEY_PREFIX } } }),
  ])
  if (!psuApplication) throw new Error(`The ${PSU_APPLICATION_SLUG} form is not published: start the site once (npm run dev) so the seed content is loaded.`)
  const holders = new Map<string, string | number>()
  for (const user of caseworkers.docs) {
    for (const service of user.services ?? []) holders.set(String(typeof service === 'object' ? service.id : service), user.id)
  }
  return { now, seed: options.seed, firstNumber: seeded.totalDocs + 1, services: services.docs, psuApplication, dyslexia, caseworkers: holders, closures, eligibilityRules }
}

/**
 * Fills the database with made-up referrals over the last two years, with their statistics
 * rows, so the reports have figures to show. Development and benchmarks only: refuses in
 * production. Adds to any demo referrals already there (new references and numbers), and the
 * same seed on the same database gives the same referrals. Returns how many it wrote.
 */
export async function seedDemo(payload: Payload, options: SeedDemoOptions): Promise<number> {
  if (env().isProduction) throw new DemoRefused('seed:demo refuses to run with NODE_ENV=production: it writes made-up referrals.')
  if (!Number.isInteger(options.referrals) || options.referrals < 1) throw new RangeError('Give a whole number of referrals, 1 or more.')
  const now = options.now ?? new Date()
  const insert = bulkInsert(payload)
  const size = options.batchSize ?? BATCH
  let batch: DemoRecord[] = []
  let done = 0
  const days = new Set<string>()
  for (const record of generateDemoReferrals(options.referrals, await demoContext(payload, options, now))) {
    batch.push(record)
    days.add(String(record.statistics.receivedDay))
    if (batch.length < size) continue
    await insert(batch)
    done += batch.length
    batch = []
    options.onProgress?.(done)
  }
  if (batch.length > 0) await insert(batch)
  await recomputeRollups(payload, days)
  return done + batch.length
}

/** Days recomputed per round trip, as the reports' own refresh does. */
const DAYS_PER_ROUND = 60

/**
 * The seeded days' roll-ups, recomputed now. The statistics rows carry the time each referral
 * last changed (not the time of the load), so the reports' refresh, which looks only at rows
 * changed since its last run, would otherwise never count them in a database already reported on.
 */
async function recomputeRollups(payload: Payload, days: ReadonlySet<string>): Promise<void> {
  const store = await reportStore(payload)
  const list = [...days].sort()
  const refreshedAt = new Date()
  for (let start = 0; start < list.length; start += DAYS_PER_ROUND) {
    const slice = list.slice(start, start + DAYS_PER_ROUND)
    await store.writeRollups(slice, cellsFromGroups(await store.countDays(slice)), refreshedAt)
  }
}

import type { Payload } from 'payload'

import { STAGE_REACHED_AT, STAGES, type Stage } from '@/casework/stages'
import { writeReferralStats } from '@/reports/referralStats'
import { submitReferral } from '@/submissions/submit'
import { demoReferrals, type DemoReferral } from './content/demoReferrals'

const DAY_MS = 24 * 60 * 60 * 1000

function answersOf(demo: DemoReferral, index: number): Record<string, unknown> {
  return {
    firstName: demo.firstName,
    lastName: demo.lastName,
    dateOfBirth: '1992-04-12',
    email: `${demo.firstName}.${demo.lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.nhs.uk',
    phone: '07700 900982',
    staffGroup: 'doctor',
    region: index % 2 === 0 ? 'london' : 'kss',
    hasTrainingNumber: 'yes',
    workforceScheme: 'none',
    grade: 'ST3',
    specialty: 'General practice',
    trainingProgramme: 'GP specialty training',
    trust: 'Demo NHS Foundation Trust',
    servicesOfInterest: demo.services,
    whatSupport: 'Made-up referral for development: help to plan my training.',
    previousSupport: 'no',
    harmThoughts: demo.priority === 'urgent' ? 'yes' : 'no',
    consentToContact: 'yes',
    consentToShare: 'yes',
  }
}

/** The development case worker of a service, by the services given to them in the user seed. */
async function caseworkerFor(payload: Payload, serviceId: unknown) {
  const { docs } = await payload.find({ collection: 'users', where: { and: [{ roles: { contains: 'caseworker' } }, { services: { contains: serviceId } }] }, limit: 1, depth: 0 })
  return docs[0]?.id
}

/**
 * Demo referrals for development only (the caller never runs it in production). Each goes
 * through the public submission service (validation, routing, risk, due date) with a fixed
 * idempotency key, so a restart finds it again; it is then moved to its demo stage once.
 * Their emails are marked queued so nothing is sent for made-up people.
 */
export async function seedDemoReferrals(payload: Payload, now = new Date()): Promise<void> {
  for (const [index, demo] of demoReferrals.entries()) {
    const at = new Date(now.getTime() - demo.daysAgo * DAY_MS)
    const result = await submitReferral(payload, { slug: 'psu-application', body: { answers: answersOf(demo, index) }, idempotencyKey: `demo-referral-${index + 1}`, now: at, sendEmailsNow: false })
    if (result.status !== 201) {
      payload.logger.warn(`Demo referral ${index + 1} was not stored (${result.status}).`)
      continue
    }
    const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: result.reference } }, limit: 1, depth: 0 })
    const doc = docs[0]
    if (!doc || doc.emailsQueuedAt) continue
    await payload.db.updateOne({ collection: 'submissions', id: doc.id, data: { emailsQueuedAt: at.toISOString() }, returning: false })
    const reached = STAGES.slice(1, STAGES.indexOf(demo.stage) + 1) as Array<Exclude<Stage, 'new'>>
    const stamps = Object.fromEntries(reached.map((stage, step) => [STAGE_REACHED_AT[stage], new Date(at.getTime() + (step + 1) * DAY_MS).toISOString()]))
    const assignee = demo.assigned ? await caseworkerFor(payload, doc.routedService) : undefined
    await payload.db.updateOne({
      collection: 'submissions',
      id: doc.id,
      data: { status: demo.stage, outcome: demo.outcome ?? null, assignee: assignee ?? null, ...stamps },
      returning: false,
    })
    // Written past the hooks (to back-date the stages), so its statistics are brought in step here.
    await writeReferralStats(payload, await payload.findByID({ collection: 'submissions', id: doc.id, depth: 0 }))
  }
}

import { firstContactWorkingDays } from '@/casework/firstContactDue'
import { addDays, londonDay, weekday, type IsoDay } from '@/casework/londonTime'
import type { Closures } from '@/casework/workingDays'
import { evaluateEligibility, type EligibilityRule } from '@/eligibility'
import type { Answers } from '@/forms/types'
import { dyslexiaAnswers, psuApplicationAnswers, type DemoPerson } from './answers'
import { demoReference } from './demoReference'
import { between, seededRandom, weighted, type Random } from './random'
import { demoCalendar, demoTimeline } from './timeline'
import { dailyCounts } from './volume'

export type DemoService = { id: string | number; slug: string; firstContactWorkingDays?: number | null }
export type DemoForm = { id: string | number; versionId: string | number; slug: string; urgentContactWorkingDays: number; retentionDays: number }

/** What the database already holds that demo referrals point at. */
export type DemoContext = {
  now: Date
  seed: number
  /** Demo referrals seeded before: numbers references and emails after them. */
  firstNumber: number
  services: DemoService[]
  psuApplication: DemoForm
  dyslexia?: DemoForm
  /** A case worker's user id per service id (as text), to hold referrals past "new". */
  caseworkers: ReadonlyMap<string, string | number>
  closures: Closures
  eligibilityRules: EligibilityRule[]
}

/** A referral and its statistics row, as stored (the row's `referral` is set once inserted). */
export type DemoRecord = { submission: Record<string, unknown>; statistics: Record<string, unknown> }

const TAB_SERVICES = ['careers-unit', 'individual-support-team', 'communication-skills', 'supported-return-to-training', 'coaching-service', 'covid-19-wellbeing-hub']
const DAY_MS = 24 * 60 * 60 * 1000
export const DEMO_KEY_PREFIX = 'seed-demo:'

function person(random: Random): DemoPerson {
  const staffGroup = weighted(random, [['doctor', 60], ['dentist', 9], ['pharmacy', 8], ['healthcareProfessional', 19], ['other', 4]] as const)
  const region = weighted(random, [['london', 57], ['kss', 39], ['other', 4]] as const)
  const services = TAB_SERVICES.filter(() => random() < 0.22)
  return { staffGroup, region, services: random() < 0.12 ? [] : services, urgent: random() < 0.04 }
}

/**
 * Made-up referrals over the two years to `now`, oldest first: volume by weekday and season,
 * every service, staff group, region, form, stage and outcome; urgent ones; stage times in
 * office hours on working days; deadlines and working days computed as the service does.
 */
export function* generateDemoReferrals(count: number, context: DemoContext): Generator<DemoRecord> {
  const random = seededRandom(context.seed)
  const { now, closures } = context
  const bySlug = new Map(context.services.map((service) => [service.slug, service]))
  const schemes = context.services.filter((service) => !TAB_SERVICES.includes(service.slug) && service.slug !== 'dyslexia-assessments')
  const eligibility = new Map<string, { eligible: boolean; reason: string }>()
  const today = londonDay(now)
  const first = addDays(today, -729)
  const calendar = demoCalendar(first, closures)
  let number = context.firstNumber
  for (const [day, howMany] of dailyCounts(first, today, count, random)) {
    const dayStart = calendar.start(day)
    for (let index = 0; index < howMany; index += 1) {
      const officeHours = random() < 0.8 || weekday(day) % 6 === 0
      // Never later than now, nor past 23:00 (a day when the clocks change is 23 or 25 hours).
      const submitted = new Date(Math.min(now.getTime() - 60_000, dayStart + (officeHours ? 8 + random() * 10 : random() * 23) * 60 * 60 * 1000))
      yield demoRecord(day, submitted, number, random)
      number += 1
    }
  }

  function demoRecord(day: IsoDay, submittedAt: Date, n: number, random: Random): DemoRecord {
    const dyslexia = context.dyslexia && random() < 0.12
    const form = dyslexia && context.dyslexia ? context.dyslexia : context.psuApplication
    const who = person(random)
    const answers: Answers = dyslexia ? dyslexiaAnswers(n, random) : psuApplicationAnswers(who, n, random)
    const urgent = !dyslexia && who.urgent
    const facts = dyslexia ? { staffGroup: null, region: null } : { staffGroup: who.staffGroup, region: who.region }
    const key = `${who.staffGroup}|${who.region}|${String(answers.hasTrainingNumber)}`
    let assessed = dyslexia ? undefined : eligibility.get(key)
    if (!dyslexia && !assessed) eligibility.set(key, (assessed = evaluateEligibility(context.eligibilityRules, answers)))
    const routedSlug = dyslexia ? 'dyslexia-assessments' : (TAB_SERVICES.find((slug) => who.services.includes(slug)) ?? 'individual-support-team')
    // Now and then case workers move a referral to one of the workforce schemes.
    const service = !dyslexia && schemes.length > 0 && random() < 0.05 ? schemes[between(random, 0, schemes.length - 1)] : bySlug.get(routedSlug)
    const deadline = firstContactWorkingDays({ priority: urgent ? 'urgent' : 'normal', serviceWorkingDays: service?.firstContactWorkingDays, urgentWorkingDays: form.urgentContactWorkingDays })
    // The end of the deadline's working day, as addWorkingDays stores it.
    const dueAt = new Date(calendar.start(addDays(calendar.dayAfter(day, deadline), 1)) - 1).toISOString()
    const recent = now.getTime() - submittedAt.getTime() < 45 * DAY_MS
    const timeline = demoTimeline({ random, submittedAt, receivedDay: day, deadline, urgent, eligible: assessed?.eligible ?? true, stuck: recent && random() < 0.06, now, calendar })
    const contactDays = timeline.contactDay ? calendar.between(day, timeline.contactDay) : null
    const submittedIso = submittedAt.toISOString()
    const { status, contactDay: _contactDay, ...stageTimes } = timeline
    const common = { priority: urgent ? 'urgent' : 'normal', firstContactDueAt: dueAt, ...stageTimes }
    // Written when it arrived, changed last at its latest stage.
    const lastChange = [timeline.closedAt, timeline.supportStartedAt, timeline.firstContactAt, timeline.triagedAt].find(Boolean) ?? submittedIso
    const stamped = { createdAt: submittedIso, updatedAt: lastChange }
    return {
      submission: {
        reference: demoReference(n),
        applicantName: `Demo Trainee ${n}`,
        applicantEmail: `demo.trainee.${n}@example.com`,
        ...facts,
        answers,
        form: form.id,
        formVersion: form.versionId,
        formSlug: form.slug,
        eligibility: assessed ? { eligible: assessed.eligible, reason: assessed.reason } : {},
        submittedAt: submittedIso,
        retainUntil: new Date(submittedAt.getTime() + form.retentionDays * DAY_MS).toISOString(),
        // Marked as sent: made-up people are never emailed.
        emailsQueuedAt: submittedIso,
        idempotencyKey: `${DEMO_KEY_PREFIX}${n}`,
        routedService: service?.id ?? null,
        assignee: status === 'new' || !service ? null : (context.caseworkers.get(String(service.id)) ?? null),
        ...common,
        status,
        ...stamped,
      },
      statistics: {
        service: service?.id ?? null,
        formSlug: form.slug,
        ...facts,
        receivedAt: submittedIso,
        receivedDay: day,
        ...common,
        stage: status,
        workingDaysToFirstContact: contactDays,
        contactedWithinDeadline: timeline.firstContactAt ? timeline.firstContactAt <= dueAt : null,
        ...stamped,
      },
    }
  }
}

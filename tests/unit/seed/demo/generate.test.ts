import { describe, expect, it } from '@jest/globals'

import { addDays } from '@/casework/londonTime'
import { OUTCOMES, STAGES, STAGE_REACHED_AT } from '@/casework/stages'
import { firstContactDue } from '@/casework/firstContactDue'
import { checkTransition } from '@/casework/transitions'
import { nthWorkingDayAfter, workingDaysBetween } from '@/casework/workingDays'
import { defaultEligibilityRules } from '@/eligibility'
import { REGIONS, STAFF_GROUPS } from '@/reports/reportingFacts'
import { sameStats, statsRowOf, type ReferralFacts, type StatsRow } from '@/reports/statsRow'
import { demoReference } from '@/seed/demo/demoReference'
import { generateDemoReferrals, type DemoContext } from '@/seed/demo/generate'
import { demoCalendar } from '@/seed/demo/timeline'
import { isReference } from '@/submissions/reference'

const NOW = new Date('2026-11-30T12:00:00Z')
const CLOSURES = ['2025-12-29', '2026-08-03']
const slugs = ['careers-unit', 'individual-support-team', 'communication-skills', 'supported-return-to-training', 'coaching-service', 'covid-19-wellbeing-hub', 'dyslexia-assessments', 'induction', 'returning']
const context = (seed: number): DemoContext => ({
  now: NOW,
  seed,
  firstNumber: 1,
  services: slugs.map((slug, index) => ({ id: index + 1, slug, firstContactWorkingDays: index === 2 ? 10 : 5 })),
  psuApplication: { id: 1, versionId: 11, slug: 'psu-application', urgentContactWorkingDays: 1, retentionDays: 730 },
  dyslexia: { id: 2, versionId: 12, slug: 'dyslexia-assessment', urgentContactWorkingDays: 1, retentionDays: 730 },
  caseworkers: new Map([['1', 99]]),
  closures: CLOSURES,
  eligibilityRules: defaultEligibilityRules,
})
const records = [...generateDemoReferrals(4000, context(5))]

describe('demo references', () => {
  it('are shaped like real ones and never repeat', () => {
    const seen = new Set(Array.from({ length: 50_000 }, (_, n) => demoReference(n)))
    expect(seen.size).toBe(50_000)
    for (const reference of [...seen].slice(0, 100)) expect(isReference(reference)).toBe(true)
  })
})

describe('the demo calendar', () => {
  const calendar = demoCalendar('2024-12-01', CLOSURES)
  it.each(['2024-12-02', '2025-04-18', '2025-12-24', '2025-12-27', '2026-08-01', '2026-11-30'])('counts working days from %s as the service does', (day) => {
    for (const n of [0, 1, 2, 5, 10, 40, 150]) expect(calendar.dayAfter(day, n)).toBe(nthWorkingDayAfter(day, n, CLOSURES))
    for (const step of [0, 1, 3, 9, 30, 200]) {
      const to = addDays(day, step)
      expect(calendar.between(day, to)).toBe(workingDaysBetween(new Date(`${day}T12:00:00Z`), new Date(`${to}T12:00:00Z`), CLOSURES))
    }
  })
})

describe('generateDemoReferrals', () => {
  it('gives the same referrals for the same seed, and others for another', () => {
    const again = [...generateDemoReferrals(300, context(5))]
    expect([...generateDemoReferrals(300, context(5))]).toEqual(again)
    expect([...generateDemoReferrals(300, context(6))]).not.toEqual(again)
  })

  it('writes each statistics row as the reports compute it from the referral', () => {
    for (const { submission, statistics } of records) {
      const expected = statsRowOf({ ...(submission as unknown as ReferralFacts), routedService: submission.routedService }, CLOSURES)
      const mismatched = (Object.keys(expected) as Array<keyof StatsRow>).filter((key) => String(statistics[key]) !== String(expected[key]))
      expect(mismatched).toEqual([])
      expect(sameStats(expected, statistics as unknown as StatsRow)).toBe(true)
    }
  })

  it('covers every stage, outcome, staff group, region, service and both priorities over two years', () => {
    const stats = records.map((record) => record.statistics)
    const values = (key: string) => new Set(stats.map((row) => row[key]))
    expect(values('stage')).toEqual(new Set(STAGES))
    expect(values('outcome')).toEqual(new Set([...OUTCOMES, null]))
    expect(values('staffGroup')).toEqual(new Set([...STAFF_GROUPS, null]))
    expect(values('region')).toEqual(new Set([...REGIONS, null]))
    expect(values('service')).toEqual(new Set(slugs.map((_, index) => index + 1)))
    expect(values('priority')).toEqual(new Set(['normal', 'urgent']))
    expect(values('formSlug')).toEqual(new Set(['psu-application', 'dyslexia-assessment']))
    const days = stats.map((row) => String(row.receivedDay)).sort()
    expect(days[0] < '2025-01-01' && days[days.length - 1] === '2026-11-30').toBe(true)
  })

  it('sets the first contact due time as the submission service does', () => {
    for (const { submission } of records.slice(0, 1500)) {
      const service = context(5).services.find((each) => each.id === submission.routedService)
      const due = firstContactDue({ submittedAt: new Date(String(submission.submittedAt)), priority: submission.priority as 'normal', serviceWorkingDays: service?.firstContactWorkingDays, urgentWorkingDays: 1, closures: CLOSURES })
      expect(submission.firstContactDueAt).toBe(due.toISOString())
    }
  })

  it('has some referrals overdue now and some contacted late', () => {
    const open = records.filter(({ submission }) => !submission.firstContactAt && submission.status !== 'closed')
    expect(open.filter(({ submission }) => String(submission.firstContactDueAt) < NOW.toISOString()).length).toBeGreaterThan(0)
    expect(records.filter(({ statistics }) => statistics.contactedWithinDeadline === false).length).toBeGreaterThan(100)
  })

  it('stamps stages in order, never in the future, along moves case work allows', () => {
    for (const { submission } of records) {
      const stamps = STAGES.slice(1).map((stage) => [stage, submission[STAGE_REACHED_AT[stage as keyof typeof STAGE_REACHED_AT]]] as const).filter(([, at]) => at)
      let previous: { stage: string; at: string } = { stage: 'new', at: String(submission.submittedAt) }
      for (const [stage, at] of stamps) {
        expect(String(at) >= previous.at && String(at) <= NOW.toISOString()).toBe(true)
        expect(checkTransition(previous.stage as 'new', stage, false)).toEqual({ allowed: true })
        previous = { stage, at: String(at) }
      }
      expect(previous.stage).toBe(submission.status)
      expect(submission.outcome !== null).toBe(submission.status === 'closed')
      expect(String(submission.applicantEmail)).toMatch(/^demo\.trainee\.\d+@example\.com$/)
    }
  })
})

import { addDays, startOfLondonDay, type IsoDay } from '@/casework/londonTime'
import type { Outcome, Stage } from '@/casework/stages'
import { isWorkingDay, type Closures } from '@/casework/workingDays'
import { between, weighted, type Random } from './random'

export type DemoTimeline = {
  status: Stage
  /** The UK day of first contact, when reached. */
  contactDay: IsoDay | null
  outcome: Outcome | null
  triagedAt: string | null
  firstContactAt: string | null
  supportStartedAt: string | null
  closedAt: string | null
}

type Step = { stage: Exclude<Stage, 'new'>; afterWorkingDays: number }
type Path = { steps: Step[]; outcome: Outcome }

const HOUR = 60 * 60 * 1000

/**
 * How a referral's case work would go, start to finish (whether or not it has got there yet):
 * triage within two working days, first contact mostly within the deadline, then support and
 * closure, or an earlier close (not eligible, referred elsewhere, declined, no response).
 */
function plannedPath(random: Random, deadline: number, urgent: boolean, eligible: boolean): Path {
  const triage = urgent ? 0 : between(random, 0, 2)
  const steps: Step[] = [{ stage: 'triaged', afterWorkingDays: triage }]
  if (!eligible && random() < 0.8) return { steps: [...steps, { stage: 'closed', afterWorkingDays: triage + 1 }], outcome: 'not-eligible' }
  if (random() < 0.05) return { steps: [...steps, { stage: 'closed', afterWorkingDays: triage + between(random, 1, 3) }], outcome: 'referred-elsewhere' }
  const onTime = random() < (urgent ? 0.95 : 0.85)
  const contact = onTime ? between(random, triage, Math.max(triage, deadline)) : between(random, deadline + 1, deadline + 8)
  steps.push({ stage: 'contacted', afterWorkingDays: contact })
  const early = weighted<Outcome | 'support'>(random, [['no-response', 8], ['declined-by-trainee', 7], ['referred-elsewhere', 5], ['support', 80]])
  if (early !== 'support') return { steps: [...steps, { stage: 'closed', afterWorkingDays: contact + between(random, 5, 20) }], outcome: early }
  const support = contact + between(random, 3, 10)
  steps.push({ stage: 'in-support', afterWorkingDays: support })
  const end = weighted<Outcome>(random, [['support-completed', 90], ['declined-by-trainee', 5], ['referred-elsewhere', 5]])
  return { steps: [...steps, { stage: 'closed', afterWorkingDays: support + between(random, 20, 120) }], outcome: end }
}

/**
 * The stages a referral received at `submittedAt` has reached by `now`, each stamped during
 * office hours on its working day and never before the stage before it. A few recent
 * referrals have not been looked at yet (`stuck`), so some are overdue.
 */
export function demoTimeline(input: {
  random: Random
  submittedAt: Date
  receivedDay: IsoDay
  deadline: number
  urgent: boolean
  eligible: boolean
  stuck: boolean
  now: Date
  calendar: DemoCalendar
}): DemoTimeline {
  const { random, now } = input
  const timeline: DemoTimeline = { status: 'new', contactDay: null, outcome: null, triagedAt: null, firstContactAt: null, supportStartedAt: null, closedAt: null }
  if (input.stuck) return timeline
  const path = plannedPath(random, input.deadline, input.urgent, input.eligible)
  let previous = input.submittedAt.getTime()
  for (const step of path.steps) {
    const day = input.calendar.dayAfter(input.receivedDay, step.afterWorkingDays)
    const dayStart = input.calendar.start(day)
    const officeTime = dayStart + 9 * HOUR + random() * 8 * HOUR
    // Later than the stage before, but on the stage's own day.
    const at = Math.max(previous, Math.min(input.calendar.start(addDays(day, 1)) - 60_000, Math.max(officeTime, previous + (10 + random() * 120) * 60 * 1000)))
    if (at > now.getTime()) break
    previous = at
    const iso = new Date(at).toISOString()
    if (step.stage === 'triaged') timeline.triagedAt = iso
    if (step.stage === 'contacted') Object.assign(timeline, { firstContactAt: iso, contactDay: day })
    if (step.stage === 'in-support') timeline.supportStartedAt = iso
    if (step.stage === 'closed') Object.assign(timeline, { closedAt: iso, outcome: path.outcome })
    timeline.status = step.stage
  }
  return timeline
}

/** The calendar questions a referral asks, about days: remembered, as a million referrals share a few thousand days. */
export type DemoCalendar = {
  /** The n-th working day after a day. */
  dayAfter: (day: IsoDay, n: number) => IsoDay
  /** When a UK day starts (epoch ms). */
  start: (day: IsoDay) => number
  /** The working days from one UK day to another, as `workingDaysBetween` counts them. */
  between: (from: IsoDay, to: IsoDay) => number
}

/**
 * Working days counted once over the demo's period: the k-th working day on or after its
 * first day, and for each day how many working days precede or fall on it. Answers what
 * `nthWorkingDayAfter` and `workingDaysBetween` would, in constant time.
 */
export function demoCalendar(first: IsoDay, closures: Closures): DemoCalendar {
  const workingDays: IsoDay[] = []
  const countUpTo = new Map<IsoDay, number>()
  let last = addDays(first, -1)
  const extendTo = (day: IsoDay) => {
    while (last < day) {
      last = addDays(last, 1)
      if (isWorkingDay(last, closures)) workingDays.push(last)
      countUpTo.set(last, workingDays.length)
    }
  }
  const count = (day: IsoDay) => (extendTo(day), countUpTo.get(day) as number)
  const dayAfter = (day: IsoDay, n: number): IsoDay => {
    if (n === 0) return day
    const index = count(day) + n - 1
    while (workingDays.length <= index) extendTo(addDays(last, 30))
    return workingDays[index]
  }
  const starts = new Map<IsoDay, number>()
  const start = (day: IsoDay) => {
    let found = starts.get(day)
    if (found === undefined) starts.set(day, (found = startOfLondonDay(day).getTime()))
    return found
  }
  return { dayAfter, start, between: (from, to) => count(to) - count(from) }
}

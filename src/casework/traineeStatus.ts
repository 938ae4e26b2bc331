import { OUTCOME_LABELS, STAGE_REACHED_AT, STAGES, type Outcome, type Stage } from './stages'

/**
 * What a trainee is told about each stage of their referral, in plain words. Staff labels
 * (`STAGE_LABELS`) speak of the case; these speak to the person it is about.
 */
export const TRAINEE_STAGE_WORDING: Record<Exclude<Stage, 'closed'>, string> = {
  new: 'We have received your referral',
  triaged: 'A member of the team is looking at it',
  contacted: 'We have contacted you',
  'in-support': 'You are receiving support',
}

/** The fields of a referral the trainee's status is made from: never answers, notes or staff. */
export type StageRecord = {
  status?: string | null
  outcome?: string | null
  submittedAt?: string | null
} & Partial<Record<(typeof STAGE_REACHED_AT)[keyof typeof STAGE_REACHED_AT], string | null>>

/** Where a referral stands, as the trainee sees it. */
export type TraineeStatus = { stage: Stage; description: string; changedAt: string | undefined }

const isStage = (value: unknown): value is Stage => STAGES.includes(value as Stage)
const isOutcome = (value: unknown): value is Outcome => Object.prototype.hasOwnProperty.call(OUTCOME_LABELS, String(value))

/** "Closed: <outcome>", or just "Closed" when no outcome was recorded. */
function closedWording(outcome: unknown): string {
  return isOutcome(outcome) ? `Closed: ${OUTCOME_LABELS[outcome]}` : 'Closed'
}

/** The latest of the referral's stage times and its arrival: when it last changed. */
function lastChange(record: StageRecord): string | undefined {
  const times = [record.submittedAt, ...Object.values(STAGE_REACHED_AT).map((field) => record[field])]
    .filter((time): time is string => typeof time === 'string' && !Number.isNaN(Date.parse(time)))
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)
}

/** The trainee's view of a referral: the stage in plain words and the date of the last change. */
export function traineeStatus(record: StageRecord): TraineeStatus {
  const stage: Stage = isStage(record.status) ? record.status : 'new'
  const description = stage === 'closed' ? closedWording(record.outcome) : TRAINEE_STAGE_WORDING[stage]
  return { stage, description, changedAt: lastChange(record) }
}

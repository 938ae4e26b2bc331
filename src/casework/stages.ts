/**
 * The stages a referral moves through, its closing outcomes and its priorities: the words
 * staff, trainees and reports share. Pure: imports nothing.
 */
export const STAGES = ['new', 'triaged', 'contacted', 'in-support', 'closed'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  triaged: 'Triaged',
  contacted: 'Contacted',
  'in-support': 'In support',
  closed: 'Closed',
}

/** The field that records when a referral reached each stage (set by the server, never the request). */
export const STAGE_REACHED_AT = {
  triaged: 'triagedAt',
  contacted: 'firstContactAt',
  'in-support': 'supportStartedAt',
  closed: 'closedAt',
} as const satisfies Record<Exclude<Stage, 'new'>, string>

export const OUTCOMES = ['support-completed', 'declined-by-trainee', 'not-eligible', 'referred-elsewhere', 'no-response'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'support-completed': 'Support completed',
  'declined-by-trainee': 'Declined by trainee',
  'not-eligible': 'Not eligible',
  'referred-elsewhere': 'Referred elsewhere',
  'no-response': 'No response',
}

export const PRIORITIES = ['normal', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]

export const PRIORITY_LABELS: Record<Priority, string> = { normal: 'Routine', urgent: 'Urgent' }

/** Working days to first contact when a service sets none. */
export const DEFAULT_FIRST_CONTACT_WORKING_DAYS = 5

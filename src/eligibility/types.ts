import type { ConditionGroup } from '@/forms/types'

/** One "Who can access the PSU?" rule as staff store it. */
export type EligibilityRule = {
  key: string
  title: string
  /** Plain English, shown to trainees. */
  explanation: string
  /** Every 'required' rule must hold, and at least one 'route' rule. */
  role: 'required' | 'route'
  when: ConditionGroup
  /** Shown when a required rule fails. */
  notMetReason?: string
}

export type EligibilityOutcome = {
  eligible: boolean
  reason: string
  metRoutes: string[]
  failedRequired: string[]
}

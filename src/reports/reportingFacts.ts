import { factQuestions } from '@/eligibility/facts'
import type { Answers } from '@/forms/types'
import type { Submission } from '@/payload-types'

/** Staff groups and regions as the eligibility facts name them: the reports' categories. */
const optionValues = (key: 'staffGroup' | 'region'): readonly string[] => (factQuestions[key].options ?? []).map((option) => option.value)

export const STAFF_GROUPS = optionValues('staffGroup')
export const REGIONS = optionValues('region')

export type ReportingFacts = { staffGroup?: Submission['staffGroup']; region?: Submission['region'] }

const pick = <T extends string>(answers: Answers, key: string, allowed: readonly string[]): T | undefined => {
  const value = Object.prototype.hasOwnProperty.call(answers, key) ? answers[key] : undefined
  return typeof value === 'string' && allowed.includes(value) ? (value as T) : undefined
}

/**
 * The reporting categories copied from a referral's answers when it arrives, so reports never
 * read (or decrypt) the answers: the answers to the `staffGroup` and `region` fact questions,
 * when the form asks them with one of the facts' own values.
 */
export function reportingFactsOf(answers: Answers): ReportingFacts {
  return {
    staffGroup: pick<NonNullable<Submission['staffGroup']>>(answers, 'staffGroup', STAFF_GROUPS),
    region: pick<NonNullable<Submission['region']>>(answers, 'region', REGIONS),
  }
}

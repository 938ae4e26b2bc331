import { DEFAULT_FIRST_CONTACT_WORKING_DAYS, type Priority } from './stages'
import { addWorkingDays, type Closures } from './workingDays'

export type FirstContactDueInput = {
  /** When the referral arrived. */
  submittedAt: Date
  priority: Priority
  /** The routed service's setting; the default when the referral was routed to no service. */
  serviceWorkingDays?: number | null
  /** The form's setting for urgent referrals, frozen in its published version. */
  urgentWorkingDays: number
  closures: Closures
}

/** The working days to first contact: the form's urgent setting when urgent, else the service's. */
export function firstContactWorkingDays(input: Pick<FirstContactDueInput, 'priority' | 'serviceWorkingDays' | 'urgentWorkingDays'>): number {
  if (input.priority === 'urgent') return input.urgentWorkingDays
  const days = input.serviceWorkingDays
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 ? days : DEFAULT_FIRST_CONTACT_WORKING_DAYS
}

/** When the first contact with a referral is due, stored on arrival so "overdue" is a query. */
export function firstContactDue(input: FirstContactDueInput): Date {
  return addWorkingDays(input.submittedAt, firstContactWorkingDays(input), input.closures)
}

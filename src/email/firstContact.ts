/** The form setting's default: an urgent referral is first contacted within one working day. */
export const DEFAULT_URGENT_CONTACT_WORKING_DAYS = 1

/** "within 1 working day", "within 2 working days". */
export function withinWorkingDays(days: number): string {
  return `within ${days} working ${days === 1 ? 'day' : 'days'}`
}

/**
 * What happens next after a referral that answered a risk question. The platform words it, not
 * the form's routine text, so an urgent referral is never told to wait the routine time.
 */
export function urgentWhatHappensNext(days: number): string[] {
  return [
    'Because of your answers, we will look at your application urgently.',
    `A PSU Coordinator will contact you ${withinWorkingDays(days)}.`,
  ]
}

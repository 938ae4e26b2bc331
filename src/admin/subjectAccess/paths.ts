/** Where the subject-access view lives under the admin route. */
export const SUBJECT_ACCESS_PATH = '/subject-access'

/** The view's query keys for an erasure's outcome, set by the erase endpoint's redirect (303). */
export const ERASED_COUNTS = ['referrals', 'notes', 'formSessions', 'emailJobs'] as const

/** The fields of a job that say whether it can be retried, as the admin and the API see them. */
export type JobState = {
  hasError?: boolean | null
  completedAt?: string | null
  processing?: boolean | null
}

/**
 * A job can be retried once it has failed for good: it has an error and is neither running nor
 * done. The retry endpoint refuses the last two itself; the admin shows its button only here.
 */
export function isRetryable(job: JobState | null | undefined): boolean {
  return Boolean(job?.hasError) && !job?.completedAt && !job?.processing
}

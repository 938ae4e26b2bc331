import { describe, expect, it } from '@jest/globals'

import { isRetryable } from '@/jobs/isRetryable'

describe('isRetryable', () => {
  it.each([
    ['a job that failed for good', { hasError: true }, true],
    ['a failed job with empty fields from the database', { hasError: true, completedAt: null, processing: null }, true],
    ['a job still waiting or retrying on its own', { hasError: false }, false],
    ['a job running now', { hasError: true, processing: true }, false],
    ['a job already completed', { hasError: true, completedAt: '2026-01-01T00:00:00.000Z' }, false],
    ['no job', undefined, false],
  ])('%s → %s', (_name, job, expected) => {
    expect(isRetryable(job)).toBe(expected)
  })
})

import { createHash } from 'node:crypto'

import type { Answers } from '@/forms/types'

/** JSON with object keys sorted, so equal answers always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * What is stored for a client's idempotency key: a hash of the form, the key and the answers.
 * A retry of the same submission finds the first one; someone who learns or guesses another
 * trainee's key cannot read that trainee's reference without sending their exact answers.
 */
export function idempotencyFingerprint(slug: string, key: string, answers: Answers): string {
  return createHash('sha256').update(`${slug}\n${key}\n${stableJson(answers)}`).digest('hex')
}

import { createHmac } from 'node:crypto'

import { env } from '@/config/env'

/**
 * A keyed hash (HMAC-SHA256 with `PAYLOAD_SECRET`) of an email address, lower-cased: what the
 * audit log keeps of a subject-access search, so two entries about the same person can be
 * matched by someone holding the address, while the log alone reveals nobody.
 */
export function emailHash(email: string): string {
  return createHmac('sha256', env().PAYLOAD_SECRET).update(email.trim().toLowerCase()).digest('hex')
}

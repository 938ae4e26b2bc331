import type { Payload } from 'payload'

import { applicantEmailOf, emailsMatch } from '@/casework/matchApplicantEmail'
import { traineeStatus, type TraineeStatus } from '@/casework/traineeStatus'
import { limitStatusLookup } from '@/rateLimit'

import { parseStatusQuery, type StatusQueryError, type StatusQueryValues } from './query'

export type StatusLookup =
  | { kind: 'invalid'; values: StatusQueryValues; errors: StatusQueryError[] }
  | { kind: 'throttled' }
  | { kind: 'not-found'; values: StatusQueryValues }
  | { kind: 'found'; reference: string; status: TraineeStatus }

/** Every lookup, found or not, takes at least this long, so the time tells nothing. */
export const STATUS_LOOKUP_MIN_MS = 400

/** Compared against when no referral has the reference, so both paths do the same work. */
const NO_ADDRESS = 'no-referral@invalid'

const SELECTED = {
  reference: true,
  applicantEmail: true,
  answers: true,
  status: true,
  outcome: true,
  submittedAt: true,
  triagedAt: true,
  firstContactAt: true,
  supportStartedAt: true,
  closedAt: true,
} as const

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * Where a referral stands, for a trainee who knows its reference and their email address:
 * 1. check the form (no lookup for a malformed one); 2. count the lookup against the client's
 * quota; 3. one query by reference, as the system (no user: not a staff read, not audited);
 * 4. compare the email in constant time, against a stand-in when no referral matched;
 * 5. wait out the minimum time. A wrong pair and an unknown reference answer alike.
 */
export async function lookUpReferralStatus(
  payload: Payload,
  input: { reference?: unknown; email?: unknown },
  client: string,
  minDurationMs = STATUS_LOOKUP_MIN_MS,
): Promise<StatusLookup> {
  const parsed = parseStatusQuery(input)
  if (!parsed.ok) return { kind: 'invalid', values: parsed.values, errors: parsed.errors }
  const started = Date.now()
  const decision = await limitStatusLookup(payload, client)
  if (!decision.allowed) return { kind: 'throttled' }
  const { reference, email } = parsed.query
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { reference: { equals: reference } },
    select: SELECTED,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const doc = docs[0]
  const matched = emailsMatch(email, doc ? applicantEmailOf(doc) : NO_ADDRESS) && doc !== undefined
  await pause(started + minDurationMs - Date.now())
  if (!matched) return { kind: 'not-found', values: { reference, email } }
  return { kind: 'found', reference: doc.reference, status: traineeStatus(doc) }
}

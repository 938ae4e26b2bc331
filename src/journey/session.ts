import { createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { z } from 'zod'

import type { JourneyState } from './types'

/** How long an idle session lives; each visit pushes it back (sliding expiry). */
export const SESSION_TTL_MS = 2 * 60 * 60 * 1000
// Reading a page slides the expiry too, but at most once every few minutes, to spare writes.
const SLIDE_AFTER_MS = 5 * 60 * 1000

export type SessionRecord = { id: string | number; version: number; expiresAt: Date; state: JourneyState }

/** 32 random bytes from `crypto`, as the cookie carries them. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url')

/** Only this hash is stored, so the database alone cannot be used to resume someone's session. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex')

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined).transform((value) => value ?? undefined)
const strings = z.array(z.string()).catch([])

// Stored JSON is read defensively: a malformed row starts the trainee afresh, never crashes.
const stateSchema = z.object({
  answers: z.record(z.string(), z.unknown()).catch({}),
  visited: strings,
  riskAcknowledged: strings,
  flash: optional(
    z.object({
      pageId: z.string(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
      values: z.record(z.string(), z.unknown()),
    }),
  ),
  idempotencyKey: optional(z.string()),
  reference: optional(z.string()),
  sent: optional(z.object({ firstName: z.string().optional(), serviceName: z.string().optional(), urgent: z.boolean().optional() })),
})

function toData(state: JourneyState, version: number, now: Date) {
  return {
    formVersion: version,
    answers: state.answers,
    visited: state.visited,
    riskAcknowledged: state.riskAcknowledged,
    flash: state.flash ?? null,
    idempotencyKey: state.idempotencyKey ?? null,
    reference: state.reference ?? null,
    sent: state.sent ?? null,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  }
}

/** The live session for this token and form, or null when unknown, expired or for another form. */
export async function loadSession(payload: Payload, slug: string, token: string | undefined, now: Date): Promise<SessionRecord | null> {
  if (!token || token.length > 200) return null
  const { docs } = await payload.find({
    collection: 'form-sessions',
    where: { and: [{ tokenHash: { equals: hashSessionToken(token) } }, { formSlug: { equals: slug } }] },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const doc = docs[0]
  const expiresAt = doc ? new Date(doc.expiresAt) : undefined
  if (!doc || !expiresAt || expiresAt <= now) return null
  const record = { id: doc.id, version: doc.formVersion, expiresAt, state: stateSchema.parse(doc) }
  if (expiresAt.getTime() - now.getTime() >= SESSION_TTL_MS - SLIDE_AFTER_MS) return record
  await saveSession(payload, record, record.state, now)
  return { ...record, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) }
}

/**
 * Deletes sessions past their expiry: their half-finished answers can be sensitive. Run by a
 * scheduled task and whenever a session starts. Returns how many went; throws if any could
 * not be deleted, so the task fails visibly.
 */
export async function deleteExpiredSessions(payload: Payload, now: Date = new Date()): Promise<number> {
  const result = await payload.delete({ collection: 'form-sessions', where: { expiresAt: { less_than: now.toISOString() } } })
  if (result.errors.length > 0) throw new Error(`Could not delete ${result.errors.length} expired form session(s): ${result.errors[0].message}`)
  return result.docs.length
}

/** Starts a session; returns the token for the cookie. Expired sessions are cleared on the way. */
export async function createSession(
  payload: Payload,
  slug: string,
  version: number,
  state: JourneyState,
  now: Date,
): Promise<{ token: string; record: SessionRecord }> {
  await deleteExpiredSessions(payload, now)
  const token = newSessionToken()
  const data = { ...toData(state, version, now), tokenHash: hashSessionToken(token), formSlug: slug }
  const doc = await payload.create({ collection: 'form-sessions', data })
  return { token, record: { id: doc.id, version, expiresAt: new Date(doc.expiresAt), state } }
}

/** Saves progress and slides the expiry. */
export async function saveSession(payload: Payload, record: Pick<SessionRecord, 'id' | 'version'>, state: JourneyState, now: Date): Promise<void> {
  await payload.update({ collection: 'form-sessions', id: record.id, data: toData(state, record.version, now) })
}

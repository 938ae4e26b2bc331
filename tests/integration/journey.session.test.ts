import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createSession, hashSessionToken, loadSession, SESSION_TTL_MS } from '@/journey/session'
import { emptyState } from '@/journey/types'
import { startPayload } from '../helpers/payload'

// Booting Payload and pushing the schema is slow on a busy 2-core machine.
jest.setTimeout(120_000)

const running = startPayload()
let payload: Payload
beforeAll(async () => {
  payload = await running
})
afterAll(async () => (await running).destroy())

const NOW = new Date('2025-03-01T10:00:00.000Z')
const later = (ms: number) => new Date(NOW.getTime() + ms)
const HOUR = 60 * 60 * 1000

describe('form sessions', () => {
  it('gives the browser a random 32-byte token and stores only its hash', async () => {
    const { token, record } = await createSession(payload, 'psu-application', 1, emptyState(), NOW)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    const doc = await payload.findByID({ collection: 'form-sessions', id: record.id, depth: 0 })
    expect(doc.tokenHash).toBe(hashSessionToken(token))
    expect(JSON.stringify(doc)).not.toContain(token)
    expect(doc.expiresAt).toBe(later(SESSION_TTL_MS).toISOString())
  })

  it('finds a session only with its own token, for its own form, before it expires', async () => {
    const state = { ...emptyState(), answers: { firstName: 'Ada' }, visited: ['about-you'] }
    const { token } = await createSession(payload, 'psu-application', 1, state, NOW)
    expect((await loadSession(payload, 'psu-application', token, NOW))?.state).toMatchObject(state)
    expect(await loadSession(payload, 'psu-application', `${token}x`, NOW)).toBeNull()
    expect(await loadSession(payload, 'psu-application', undefined, NOW)).toBeNull()
    expect(await loadSession(payload, 'dyslexia-assessment', token, NOW)).toBeNull()
    expect(await loadSession(payload, 'psu-application', token, later(SESSION_TTL_MS + 1))).toBeNull()
  })

  it('slides the expiry forward while the trainee is active', async () => {
    const { token } = await createSession(payload, 'eligibility-checker', 1, emptyState(), NOW)
    const seen = await loadSession(payload, 'eligibility-checker', token, later(HOUR))
    expect(seen?.expiresAt.toISOString()).toBe(later(HOUR + SESSION_TTL_MS).toISOString())
    // A second look moments later does not write again.
    const reread = await loadSession(payload, 'eligibility-checker', token, later(HOUR + 1000))
    expect(reread?.expiresAt.toISOString()).toBe(later(HOUR + SESSION_TTL_MS).toISOString())
    expect(await loadSession(payload, 'eligibility-checker', token, later(HOUR + SESSION_TTL_MS - 1))).not.toBeNull()
  })

  it('starts afresh from a malformed stored row rather than failing', async () => {
    const { token, record } = await createSession(payload, 'psu-application', 1, emptyState(), NOW)
    await payload.update({ collection: 'form-sessions', id: record.id, data: { answers: [1, 2], visited: { a: 1 }, flash: { pageId: 3 } } })
    expect((await loadSession(payload, 'psu-application', token, NOW))?.state).toEqual({ answers: {}, visited: [], riskAcknowledged: [] })
  })

  it('clears expired sessions when a new one starts', async () => {
    await createSession(payload, 'psu-application', 1, emptyState(), NOW)
    await createSession(payload, 'psu-application', 1, emptyState(), later(4 * HOUR))
    const { docs } = await payload.find({ collection: 'form-sessions', depth: 0, pagination: false })
    expect(docs.every((doc) => new Date(doc.expiresAt) >= later(4 * HOUR))).toBe(true)
  })

  it('is closed to every API: only the server-side Local API reads it', async () => {
    await expect(payload.find({ collection: 'form-sessions', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'form-sessions', overrideAccess: false, data: { tokenHash: 'x', formSlug: 'x', formVersion: 1, expiresAt: NOW.toISOString() } }),
    ).rejects.toThrow()
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import config from '@payload-config'
import { isEncryptedJson } from '@/crypto/fieldValues'
import { loadApplyJourney } from '@/journey/load'
import { savePage } from '@/journey/service'
import { createSession, loadSession } from '@/journey/session'
import { emptyState, type Journey } from '@/journey/types'
import { CASEWORK_FORM, caseworkFixture, type Staff } from '../helpers/casework'
import { startPayload } from '../helpers/payload'
import { validAnswers } from '../helpers/referralForm'
import { restClient } from '../helpers/rest'

jest.setTimeout(120_000)

const running = startPayload()
const api = restClient(config)
let payload: Payload
let staff: Staff
let journey: Journey

// Texts that appear nowhere else: if any of them is in a database file, it was stored in clear.
const SECRETS = {
  answer: 'Zephyrine-answer: panic attacks before every night shift',
  note: 'Quillon-note: spoke to the trainee, disclosed a diagnosis',
  sessionAnswer: 'Marrowgate-session: I was signed off sick in March',
  typedValue: 'Thistledown-typed-value',
  sentName: 'Ottoline-sent-name',
}

beforeAll(async () => {
  payload = await running
  staff = (await caseworkFixture(payload, api, 'crypto')).staff
  const loaded = await loadApplyJourney(payload, 'psu-application')
  if (!loaded) throw new Error('psu-application is not seeded')
  journey = loaded.journey
})
afterAll(async () => (await running).destroy())

/** Every file of this test's SQLite database (the database, its WAL and shared memory), as bytes. */
function databaseFiles(): Array<[string, Buffer]> {
  const file = String(process.env.DATABASE_URI).replace(/^file:/, '')
  const dir = path.dirname(file)
  return readdirSync(dir)
    .filter((name) => name.startsWith(path.basename(file)))
    .map((name) => [name, readFileSync(path.join(dir, name))])
}

/** The secrets found in clear in any database file, by file. */
const secretsInFiles = () =>
  databaseFiles().flatMap(([name, bytes]) => Object.values(SECRETS).filter((secret) => bytes.includes(Buffer.from(secret, 'utf8'))).map((secret) => `${name}: ${secret}`))

let referralId: string | number
let sessionToken: string

describe('answers and notes encrypted at rest', () => {
  it('stores a referral sent through the submission API, a case note and sessions in progress without their text in clear', async () => {
    const sent = await api.request('POST', `forms/${CASEWORK_FORM}/submissions`, {
      body: { answers: validAnswers({ topic: 'wellbeing', details: SECRETS.answer }) },
      headers: { 'x-forwarded-for': '198.51.100.20' },
    })
    expect(sent.status).toBe(201)
    const { docs } = await payload.find({ collection: 'submissions', where: { reference: { equals: sent.json.reference } }, depth: 0 })
    referralId = docs[0].id

    const noted = await api.request('PATCH', `submissions/${referralId}?depth=0`, { token: staff.individual.token, body: { notes: [{ text: SECRETS.note }] } })
    expect(noted.status).toBe(200)

    // A trainee half-way through the application, with a typed value the page refused.
    const ctx = { payload, journey, token: undefined as string | undefined, now: new Date() }
    const first = await savePage(ctx, 'region', false, formData({ region: 'london' }))
    ctx.token = first.token
    expect((await savePage(ctx, 'staff-group', false, formData({ staffGroup: SECRETS.typedValue }))).redirect).toMatch(/staff-group$/)
    // A session holding a free-text answer and the confirmation's name.
    const state = { ...emptyState(), answers: { whatSupport: SECRETS.sessionAnswer }, visited: ['what-support'], riskAcknowledged: ['wellbeing'], sent: { firstName: SECRETS.sentName } }
    sessionToken = (await createSession(payload, journey.slug, journey.version, state, new Date())).token

    expect(databaseFiles().length).toBeGreaterThan(0)
    expect(secretsInFiles()).toEqual([])
  })

  it('keeps every encrypted field in the encrypted format in the database itself', async () => {
    const [raw] = (await payload.db.find({ collection: 'submissions', where: { id: { equals: referralId } }, limit: 1 })).docs as Array<Record<string, unknown>>
    expect(isEncryptedJson(raw.answers)).toBe(true)
    expect((raw.notes as Array<{ text: string }>)[0].text).toMatch(/^enc:v1:[0-9a-f]{8}:/)
    const sessions = (await payload.db.find({ collection: 'form-sessions', limit: 100 })).docs as Array<Record<string, unknown>>
    expect(sessions.length).toBeGreaterThanOrEqual(2)
    for (const session of sessions) {
      for (const field of ['answers', 'flash', 'riskAcknowledged', 'sent']) {
        if (session[field] !== null && session[field] !== undefined) expect({ field, encrypted: isEncryptedJson(session[field]) }).toEqual({ field, encrypted: true })
      }
    }
  })

  it('reads the answers, notes and session back in clear through Payload, for those allowed', async () => {
    const asCaseworker = await api.request('GET', `submissions/${referralId}?depth=0`, { token: staff.individual.token })
    expect(asCaseworker.status).toBe(200)
    expect(asCaseworker.json).toMatchObject({ answers: { details: SECRETS.answer }, notes: [{ text: SECRETS.note }] })
    const asManager = await api.request('GET', `submissions/${referralId}?depth=0`, { token: staff.manager.token })
    expect(JSON.stringify(asManager.json)).not.toContain('enc:v1:')
    const session = await loadSession(payload, journey.slug, sessionToken, new Date())
    expect(session?.state).toMatchObject({ answers: { whatSupport: SECRETS.sessionAnswer }, riskAcknowledged: ['wellbeing'], sent: { firstName: SECRETS.sentName } })
  })

  it('lets a case worker add a second note after the first, and keeps both readable', async () => {
    const current = await api.request('GET', `submissions/${referralId}?depth=0`, { token: staff.individual.token })
    const notes = current.json.notes as Array<{ id: string; text: string }>
    const added = await api.request('PATCH', `submissions/${referralId}?depth=0`, { token: staff.individual.token, body: { notes: [...notes, { text: 'Second note' }] } })
    expect(added.status).toBe(200)
    expect((added.json.doc as { notes: Array<{ text: string }> }).notes.map((note) => note.text)).toEqual([SECRETS.note, 'Second note'])
    expect(secretsInFiles()).toEqual([])
  })

  it('saves and reads back a note that merely looks encrypted, as typed', async () => {
    const current = await api.request('GET', `submissions/${referralId}?depth=0`, { token: staff.individual.token })
    const notes = current.json.notes as Array<{ id: string; text: string }>
    const lookalike = 'enc:v1:abcdef01:AAAAAAAAAAAAAAAA:AAAA:AAAAAAAAAAAAAAAAAAAAAA'
    const added = await api.request('PATCH', `submissions/${referralId}?depth=0`, { token: staff.individual.token, body: { notes: [...notes, { text: lookalike }] } })
    expect(added.status).toBe(200)
    const read = await api.request('GET', `submissions/${referralId}?depth=0`, { token: staff.individual.token })
    expect((read.json.notes as Array<{ text: string }>).at(-1)?.text).toBe(lookalike)
  })
})

function formData(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.append(name, value)
  return data
}

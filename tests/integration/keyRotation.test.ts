import '../helpers/rotationKeys'

import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { isUnderCurrentKey, sealJson } from '@/crypto/fieldValues'
import { dataKeyring } from '@/crypto/keyring'
import { makeKeyring } from '@/crypto/keys'
import { startPayload } from '../helpers/payload'
import { NEW_KEY, OLD_KEY } from '../helpers/rotationKeys'
import { keyRotationScenarios } from '../scenarios/keyRotationScenarios'

jest.setTimeout(180_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('SQLite: key rotation', () => keyRotationScenarios(() => running))

/** `npm run rotate-key` as an operator runs it, in its own process, beside this running app. */
function rotateKeyCommand(keys: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/run-script.mjs', 'scripts/rotate-key.ts', '--batch-size=3'], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URI: String(process.env.DATABASE_URI), ...keys },
    encoding: 'utf8',
    timeout: 150_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('npm run rotate-key', () => {
  let payload: Payload
  const oldRing = makeKeyring(OLD_KEY)
  const session = async (answers: unknown) => {
    const doc = await payload.create({ collection: 'form-sessions', data: { tokenHash: `cli-${Math.random()}`, formSlug: 'rotation-cli', formVersion: 1, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } })
    await payload.db.updateOne({ collection: 'form-sessions', id: doc.id, data: { answers } })
    return doc.id
  }
  const storedAnswers = async (id: string | number) => ((await payload.db.findOne({ collection: 'form-sessions', where: { id: { equals: id } } })) as unknown as { answers: unknown }).answers

  it('refuses, naming DATA_ENCRYPTION_PREVIOUS_KEYS, when values are under a key it was not given, and changes nothing', async () => {
    payload = await running
    const id = await session(sealJson({ whatSupport: 'cli old key' }, oldRing))
    const before = await storedAnswers(id)
    const { status, output } = rotateKeyCommand({ DATA_ENCRYPTION_KEY: NEW_KEY, DATA_ENCRYPTION_PREVIOUS_KEYS: '' })
    expect({ status, output }).toEqual({ status: 1, output: expect.stringMatching(/unreadable: form-sessions .*DATA_ENCRYPTION_PREVIOUS_KEYS/) })
    expect(await storedAnswers(id)).toEqual(before)
  })

  it('re-encrypts in batches beside the running app, prints the counts, and ends 0', async () => {
    const ids = [await session(sealJson({ whatSupport: 'cli one' }, oldRing)), await session({ whatSupport: 'cli legacy' })]
    const { status, output } = rotateKeyCommand({ DATA_ENCRYPTION_KEY: NEW_KEY, DATA_ENCRYPTION_PREVIOUS_KEYS: OLD_KEY })
    expect({ status, output }).toEqual({ status: 0, output: expect.stringMatching(/form-sessions: \d+ documents, \d+ values: [1-9]\d* re-encrypted[\s\S]*Done: every encrypted value is under key/) })
    for (const id of ids) expect(isUnderCurrentKey(await storedAnswers(id), 'json', dataKeyring())).toBe(true)
    expect(await payload.findByID({ collection: 'form-sessions', id: ids[1], depth: 0 })).toMatchObject({ answers: { whatSupport: 'cli legacy' } })
  })
})

import { describe, expect, it } from '@jest/globals'

import { DEV_DATA_ENCRYPTION_KEY, DEV_PAYLOAD_SECRET, readEnv } from '@/config/env'
import { databaseKind, sqliteUrl } from '@/config/database'

describe('readEnv', () => {
  it('defaults to SQLite and the development secret outside production', () => {
    const env = readEnv({ NODE_ENV: 'development' })
    expect(env.DATABASE_URI).toBeUndefined()
    expect(env.PAYLOAD_SECRET).toBe(DEV_PAYLOAD_SECRET)
    expect(env.serverUrl).toBe('http://localhost:3000')
  })

  it.each(['postgres://db/psu', 'mysql://x', 'http://example.org', 'sqlite.db'])(
    'refuses DATABASE_URI=%s naming the variable',
    (uri) => {
      expect(() => readEnv({ NODE_ENV: 'development', DATABASE_URI: uri })).toThrow(/DATABASE_URI/)
    },
  )

  it.each([
    ['mongodb://localhost/psu', 'mongodb'],
    ['mongodb+srv://cluster.example/psu', 'mongodb'],
    ['file:/tmp/psu.db', 'sqlite'],
    [undefined, 'sqlite'],
  ])('chooses the adapter for %s', (uri, kind) => {
    expect(databaseKind(readEnv({ DATABASE_URI: uri }).DATABASE_URI)).toBe(kind)
  })

  const KEY = 'c0ffee'.repeat(10) + 'c0ff'
  const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'a-real-secret-value', SERVER_URL: 'https://psu.example', DATA_ENCRYPTION_KEY: KEY }

  it('refuses the development secret in production with a clear message', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(readEnv(production).isProduction).toBe(true)
  })

  it('refuses to start production without SERVER_URL, naming it', () => {
    expect(() => readEnv({ ...production, SERVER_URL: undefined })).toThrow(/SERVER_URL/)
  })

  it('uses the documented development data key outside production, and only there', () => {
    expect(readEnv({}).dataKeys).toEqual({ current: DEV_DATA_ENCRYPTION_KEY, previous: [] })
    expect(() => readEnv({ ...production, DATA_ENCRYPTION_KEY: undefined })).toThrow(/DATA_ENCRYPTION_KEY is not set.*openssl rand -hex 32/)
    expect(() => readEnv({ ...production, DATA_ENCRYPTION_KEY: DEV_DATA_ENCRYPTION_KEY })).toThrow(/DATA_ENCRYPTION_KEY/)
  })

  it('reads the data key and the previous keys for rotation', () => {
    const old = 'AB'.repeat(32)
    expect(readEnv({ ...production, DATA_ENCRYPTION_PREVIOUS_KEYS: ` ${old} , ${'0'.repeat(64)},` }).dataKeys).toEqual({
      current: KEY,
      previous: ['ab'.repeat(32), '0'.repeat(64)],
    })
  })

  it.each([
    ['DATA_ENCRYPTION_KEY', 'too-short'],
    ['DATA_ENCRYPTION_KEY', 'z'.repeat(64)],
    ['DATA_ENCRYPTION_KEY', 'a'.repeat(66)],
    ['DATA_ENCRYPTION_PREVIOUS_KEYS', `${'a'.repeat(64)},nope`],
  ])('refuses %s=%s with a message that names it but not the value', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`${name} must be .*64 hexadecimal`))
    expect(() => readEnv({ [name]: value })).not.toThrow(new RegExp(value))
  })

  it.each(['javascript:alert(1)', 'ftp://psu.example', 'psu.example'])('refuses SERVER_URL=%s', (url) => {
    expect(() => readEnv({ SERVER_URL: url })).toThrow(/SERVER_URL/)
  })

  it('keeps only the origin of SERVER_URL', () => {
    expect(readEnv({ SERVER_URL: 'https://psu.example/some/path' }).serverUrl).toBe('https://psu.example')
  })

  it('reads the proxy hops and the submission limit, with defaults', () => {
    expect(readEnv({}).TRUSTED_PROXY_HOPS).toBe(0)
    expect(readEnv({}).RATE_LIMIT_SUBMISSIONS).toEqual({ points: 10, durationSeconds: 600 })
    expect(readEnv({ TRUSTED_PROXY_HOPS: '2', RATE_LIMIT_SUBMISSIONS: '30/60' })).toMatchObject({
      TRUSTED_PROXY_HOPS: 2,
      RATE_LIMIT_SUBMISSIONS: { points: 30, durationSeconds: 60 },
    })
  })

  it.each(['10', '0/600', '10/0', 'ten/600', '10/600/1'])('refuses RATE_LIMIT_SUBMISSIONS=%s', (value) => {
    expect(() => readEnv({ RATE_LIMIT_SUBMISSIONS: value })).toThrow(/RATE_LIMIT_SUBMISSIONS/)
  })

  it('lets next build run without the production secret', () => {
    expect(() => readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('uses separate SQLite files for development and production', () => {
    expect(sqliteUrl({ DATABASE_URI: undefined, isProduction: false })).toMatch(/data\/payload-dev\.db$/)
    expect(sqliteUrl({ DATABASE_URI: undefined, isProduction: true })).toMatch(/data\/payload\.db$/)
  })
})

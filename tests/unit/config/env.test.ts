import { describe, expect, it } from '@jest/globals'

import { DEV_PAYLOAD_SECRET, readEnv } from '@/config/env'
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

  it('refuses the development secret in production with a clear message', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a-real-secret-value' }).isProduction).toBe(true)
  })

  it('lets next build run without the production secret', () => {
    expect(() => readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('uses separate SQLite files for development and production', () => {
    expect(sqliteUrl({ DATABASE_URI: undefined, isProduction: false })).toMatch(/data\/payload-dev\.db$/)
    expect(sqliteUrl({ DATABASE_URI: undefined, isProduction: true })).toMatch(/data\/payload\.db$/)
  })
})

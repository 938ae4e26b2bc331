import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { Env } from './env'
import { migrations } from '../migrations'

/** Which database the environment asks for; the one place the adapter is chosen. */
export function databaseKind(uri: string | undefined): 'sqlite' | 'mongodb' {
  return uri?.startsWith('mongodb') ? 'mongodb' : 'sqlite'
}

/**
 * Development and production use different SQLite files: a file whose schema was pushed in
 * development would make the production migrations stop at an interactive prompt.
 */
export function sqliteUrl(env: Pick<Env, 'DATABASE_URI' | 'isProduction'>): string {
  if (env.DATABASE_URI?.startsWith('file:')) return env.DATABASE_URI
  const file = env.isProduction ? 'payload.db' : 'payload-dev.db'
  return `file:${path.resolve(process.cwd(), 'data', file)}`
}

/** The Payload database adapter for this environment. */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (databaseKind(env.DATABASE_URI) === 'mongodb') {
    return mongooseAdapter({
      url: env.DATABASE_URI as string,
      // Without a short selection timeout an unreachable server hangs requests for ~30 s.
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    })
  }
  return sqliteAdapter({
    client: { url: sqliteUrl(env) },
    // Several processes (server, jobs, tests) share one file: wait for locks instead of failing.
    busyTimeout: 5000,
    wal: true,
    // Benchmark builds add a comparison plugin; `npm run bench` migrates their databases itself.
    // Only the migrate CLI reads this folder (the server runs the imported `migrations`), so the
    // server build need not trace it.
    migrationDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.benchRoutes ? 'bench/.migrations' : 'src/migrations'),
    prodMigrations: env.benchRoutes ? undefined : migrations,
  })
}

import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startServer, type RunningServer } from '../tests/helpers/server'

const MIGRATIONS = path.resolve('bench/.migrations')
/**
 * Payload's CLI (through tsx's loader) now and then ends without running, no output and status
 * 0, on a quarter or more of runs on these machines: each call is checked and retried.
 */
const CLI_ATTEMPTS = 8
const payloadBin = path.resolve('node_modules/.bin/payload')
const benchEnv = (databaseUri: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  PSU_BENCH: '1',
  DATABASE_URI: databaseUri,
  PAYLOAD_SECRET: 'bench-secret-not-for-service',
  DATA_ENCRYPTION_KEY: 'be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c4be4c',
  SERVER_URL: 'http://localhost:3000',
  ...extra,
})

/**
 * Benchmark builds carry an extra plugin, so the committed migrations do not describe their
 * schema: write a migration for it once per run, into a folder git ignores.
 */
export function createBenchMigration(): void {
  rmSync(MIGRATIONS, { recursive: true, force: true })
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'psu-bench-schema-'))
  for (let attempt = 1; attempt <= CLI_ATTEMPTS && !existsSync(MIGRATIONS); attempt += 1) {
    execFileSync(payloadBin, ['migrate:create', 'bench'], { env: benchEnv(`file:${path.join(scratch, 'schema.db')}`), stdio: 'inherit' })
  }
  if (!existsSync(MIGRATIONS)) throw new Error('payload migrate:create wrote no benchmark migration')
}

/** A fresh database with the benchmark build's schema; returns its folder and URI. */
function migratedDatabase(): { dir: string; databaseUri: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psu-bench-'))
  const file = path.join(dir, 'bench.db')
  const databaseUri = `file:${file}`
  const written = () => [file, `${file}-wal`].some((part) => existsSync(part) && statSync(part).size > 0)
  for (let attempt = 1; attempt <= CLI_ATTEMPTS && !written(); attempt += 1) {
    execFileSync(payloadBin, ['migrate'], { env: benchEnv(databaseUri, { NODE_ENV: 'production' }), stdio: 'inherit' })
  }
  if (!written()) throw new Error(`payload migrate did not create ${file}`)
  return { dir, databaseUri }
}

/** Builds on a shared machine wait for one another (a build peaks at 1.7 GB) when flock is there. */
const BUILD_LOCK = '/tmp/psu-build.lock'
const FLOCK = '/usr/bin/flock'

/** The benchmark build: prerendering reads content, so it gets a migrated database of its own. */
export function buildForBench(): void {
  const { dir, databaseUri } = migratedDatabase()
  try {
    const [command, args] = existsSync(FLOCK) ? [FLOCK, [BUILD_LOCK, 'npm', 'run', 'build']] : ['npm', ['run', 'build']]
    execFileSync(command, args, { env: benchEnv(databaseUri), stdio: 'inherit' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A production server of the benchmark build on a fresh, migrated database. */
export async function startBenchServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const { dir, databaseUri } = migratedDatabase()
  const server = await startServer({ env: { ...env, PSU_BENCH: '1', DATABASE_URI: databaseUri } })
  return { ...server, stop: async () => (await server.stop(), rmSync(dir, { recursive: true, force: true })) }
}

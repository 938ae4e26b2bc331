import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** A production `next start` on its own port, its own fresh SQLite file and its own build copy. */
export type RunningServer = {
  url: string
  port: number
  /** The database the server uses (its own SQLite file, `file:…`, unless `env` chose another). */
  databaseUri: string
  logFile: string
  /** The last lines the server printed, for failure messages. */
  logTail: (lines?: number) => string
  stop: () => Promise<void>
}

export type StartOptions = {
  /** Extra environment, e.g. a `DATABASE_URI` that points nowhere. */
  env?: Record<string, string>
  /** Wait for `/api/health` → 200 (default), or only for the port to accept connections. */
  waitFor?: 'healthy' | 'listening'
  timeoutMs?: number
}

const ROOT = process.cwd()

/** A port nothing listens on right now: the OS picks one, we release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether something accepts connections on the port, without sending it a request. */
const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })

/**
 * Next writes regenerated pages back into `.next/server`, so servers sharing one build would
 * see each other's content (and leave it for the next run). Each server gets its own copy of
 * the build, as each deployed instance has its own disk; code and assets are linked, not copied.
 */
function deployCopy(dir: string): string {
  const built = path.join(ROOT, '.next')
  if (!existsSync(path.join(built, 'BUILD_ID'))) throw new Error('no production build in .next: run `npm run build` first')
  const app = path.join(dir, 'app')
  const skip = new Set([path.join(built, 'cache'), path.join(built, 'dev')])
  cpSync(built, path.join(app, '.next'), { recursive: true, filter: (source) => !skip.has(source) })
  for (const name of ['node_modules', 'public', 'package.json', 'next.config.mjs']) {
    symlinkSync(path.join(ROOT, name), path.join(app, name))
  }
  mkdirSync(path.join(app, 'data'))
  return app
}

/** SIGTERM to the whole process group (next-server included), then SIGKILL for anything left. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal)
    } catch {
      // The group is already gone.
    }
  }
  signalGroup('SIGTERM')
  for (let waited = 0; waited < 5000 && child.exitCode === null && child.signalCode === null; waited += 100) await sleep(100)
  signalGroup('SIGKILL')
}

async function waitUntilReady(server: { url: string; port: number; child: ChildProcess }, options: StartOptions) {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`next start exited with code ${server.child.exitCode}`)
    if (options.waitFor === 'listening') {
      if (await portOpen(server.port)) return
    } else {
      try {
        const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(30_000) })
        await response.arrayBuffer()
        if (response.status === 200) return
        last = `GET /api/health answered ${response.status}`
      } catch (error) {
        last = (error as Error).message
      }
    }
    await sleep(200)
  }
  throw new Error(`server not ready after ${options.timeoutMs ?? 120_000} ms (${last})`)
}

/**
 * Starts the production build (`npm run build` first) in its own process group, as
 * `npm start` would, on a fresh database. The first health request runs the migrations and
 * the seed (onInit), so the server is ready for tests when this resolves.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psu-e2e-'))
  const app = deployCopy(dir)
  const logFile = path.join(dir, 'server.log')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const databaseUri = options.env?.DATABASE_URI ?? `file:${path.join(dir, 'e2e.db')}`
  const log = openSync(logFile, 'a')
  const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: app,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      PAYLOAD_SECRET: `e2e-${port}-${Date.now()}-not-the-dev-default`,
      // Production refuses to start without its own data key; each server gets a fresh one.
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      DATABASE_URI: databaseUri,
      SERVER_URL: url,
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  })
  closeSync(log)
  const logTail = (lines = 40) => readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n')
  const stop = async () => {
    await killGroup(child)
    if (!process.env.KEEP_E2E_LOGS) rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitUntilReady({ url, port, child }, options)
  } catch (error) {
    const tail = logTail()
    await killGroup(child)
    throw new Error(`${(error as Error).message}\n--- server log (${logFile}) ---\n${tail}`)
  }
  return { url, port, databaseUri, logFile, logTail, stop }
}

import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'

import { printRatios, ratio } from './report'
import { startBenchServer } from './server'

const run = promisify(execFile)
const SIZES = [100_000, 1_000_000] as const
const TARGET_MS: Record<number, number> = { 100_000: 300, 1_000_000: 1000 }
const MAX_GROWTH = 4
const MAX_EXPORT_RSS_MB = 100
const VIEW_RUNS = 7

type WorkerResult = { added: number; seedMs: number; firstMs: number; runs: number[]; referrals: number }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Seeds up to `total` referrals and times loadReport, in a worker process on the server's database. */
async function seedAndLoad(databaseUri: string, total: number): Promise<WorkerResult> {
  const env = { ...process.env, NODE_ENV: 'test' as const, PSU_BENCH: '1', DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'bench-secret-not-for-service', SERVER_URL: 'http://localhost:3000' }
  // tsx now and then ends at once with no output (status 0, or 13: a top-level await left
  // unsettled) on these machines (see server.ts): try again.
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const output = await run('npx', ['tsx', 'bench/reportsWorker.ts', '--total', String(total)], { env, maxBuffer: 64 * 1024 * 1024, timeout: 60 * 60 * 1000 }).catch(
      (error: { code?: number; stdout?: string; stderr?: string }) => {
        if (error.stdout || error.stderr) throw error
        return { stdout: '' }
      },
    )
    const last = output.stdout.trim().split('\n').pop() ?? ''
    if (last.startsWith('{')) return JSON.parse(last) as WorkerResult
  }
  throw new Error('the reports worker printed no result')
}

/** The whole Reports view for the default filters, as a signed-in manager's browser asks for it. */
async function timeView(url: string, token: string): Promise<number[]> {
  const times: number[] = []
  for (let index = 0; index <= VIEW_RUNS; index += 1) {
    const started = performance.now()
    const response = await fetch(`${url}/admin/reports`, { headers: { cookie: `payload-token=${token}`, authorization: `JWT ${token}` }, redirect: 'manual' })
    const html = await response.text()
    if (response.status !== 200 || !html.includes('<table')) {
      throw new Error(`/admin/reports answered ${response.status} ${response.headers.get('location') ?? ''} without a table: ${html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 600)}`)
    }
    if (index > 0) times.push(performance.now() - started)
  }
  return times
}

/** The resident memory of the server's processes (next start and next-server), in MB. */
function serverRssMb(port: number): number {
  const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(listening)?.[1]
  if (!pid) throw new Error(`nothing listens on ${port}`)
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', pid], { encoding: 'utf8' }).trim())
  return kb / 1024
}

/** Streams the per-referral export of everything and samples the server's memory meanwhile. */
async function exportRss(url: string, port: number, token: string): Promise<{ rows: number; ms: number; before: number; peak: number }> {
  const before = serverRssMb(port)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, serverRssMb(port))), 250)
  const started = performance.now()
  try {
    // Every referral seeded (two years back), within the reports' five-year limit.
    const today = new Date()
    const from = new Date(today.getTime() - 3 * 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    const response = await fetch(`${url}/api/reports/referrals.csv?from=${from}&to=${today.toISOString().slice(0, 10)}`, { headers: { authorization: `JWT ${token}` } })
    if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`)
    let lines = 0
    const reader = response.body.getReader()
    for (let next = await reader.read(); !next.done; next = await reader.read()) for (const byte of next.value) if (byte === 10) lines += 1
    return { rows: lines - 1, ms: performance.now() - started, before, peak }
  } finally {
    clearInterval(sampler)
  }
}

const line = (ok: boolean, text: string) => (console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`), ok)

/**
 * The reports at 100,000 and 1,000,000 referrals (seeded in bulk): the Reports view of the
 * production build as a manager and `loadReport` alone, each against its target and the growth
 * from 100k to 1M; then the 1M-row CSV export streamed while the server's memory is watched.
 */
export async function benchReports(): Promise<boolean> {
  const server = await startBenchServer()
  try {
    const viewMs: number[] = []
    const loadMs: number[] = []
    let token = ''
    let results = true
    console.log('\nReports (default filters: the last 12 months, every service)')
    for (const size of SIZES) {
      const worker = await seedAndLoad(server.databaseUri, size)
      console.log(`  seeded ${worker.added.toLocaleString('en-GB')} referrals in bulk in ${(worker.seedMs / 1000).toFixed(1)} s (now ${worker.referrals.toLocaleString('en-GB')}), roll-ups included; first report after it ${worker.firstMs.toFixed(0)} ms`)
      if (!token) {
        const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'manager@psu.local', password: process.env.SEED_PASSWORD ?? 'psu-dev-password' }) })
        token = String(((await login.json()) as { token?: string }).token ?? '')
        if (!token) throw new Error(`manager sign-in answered ${login.status}`)
      }
      const view = median(await timeView(server.url, token))
      const load = median(worker.runs)
      viewMs.push(view)
      loadMs.push(load)
      results = line(view <= TARGET_MS[size], `${size.toLocaleString('en-GB')}: GET /admin/reports as a manager ${view.toFixed(0)} ms (median of ${VIEW_RUNS}; target ≤ ${TARGET_MS[size]} ms)`) && results
      results = line(load <= TARGET_MS[size], `${size.toLocaleString('en-GB')}: loadReport alone ${load.toFixed(0)} ms (median of ${worker.runs.length}; target ≤ ${TARGET_MS[size]} ms)`) && results
    }
    results =
      printRatios('Reports: cost at 1,000,000 referrals against 100,000', [
        ratio('GET /admin/reports', viewMs[1], viewMs[0], MAX_GROWTH, 'ms', false),
        ratio('loadReport', loadMs[1], loadMs[0], MAX_GROWTH, 'ms', false),
      ]) && results
    const exported = await exportRss(server.url, server.port, token)
    const growth = exported.peak - exported.before
    console.log(`  streamed ${exported.rows.toLocaleString('en-GB')} rows of /api/reports/referrals.csv in ${(exported.ms / 1000).toFixed(1)} s`)
    results = line(growth < MAX_EXPORT_RSS_MB, `server memory during the export: ${exported.before.toFixed(0)} → peak ${exported.peak.toFixed(0)} MB (growth ${growth.toFixed(0)} MB; target < ${MAX_EXPORT_RSS_MB} MB)`) && results
    return results
  } finally {
    await server.stop()
  }
}

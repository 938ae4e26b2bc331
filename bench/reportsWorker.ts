/**
 * One step of the reports benchmark, in a process of its own (the parent's environment stays
 * untouched): tops the server's database up to `--total` demo referrals in bulk, then times
 * `loadReport` for the default filters. Prints one line of JSON. Run by bench/reports.ts with
 * DATABASE_URI set to the benchmark server's database.
 */
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { total: { type: 'string' }, runs: { type: 'string', default: '7' } } })
const total = Number(values.total)
// The database was migrated: never push a development schema onto it.
process.env.PAYLOAD_MIGRATING = 'true'

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seedDemo } = await import('@/seed/demo/seedDemo')
const { loadReport, readReportFilters } = await import('@/reports/loadReport')

const payload = await getPayload({ config })
const held = (await payload.count({ collection: 'submissions' })).totalDocs
const seedStarted = performance.now()
const added = total > held ? await seedDemo(payload, { referrals: total - held, seed: total }) : 0
const seedMs = performance.now() - seedStarted

const now = new Date()
const parsed = await readReportFilters(payload, new URLSearchParams(), now)
if (!parsed.ok) throw new Error(`default filters refused: ${JSON.stringify(parsed.errors)}`)
const timed = async () => {
  const started = performance.now()
  await loadReport(payload, parsed.filters, { now, suppress: true })
  return performance.now() - started
}
// The first read after seeding (caches cold).
const firstMs = await timed()
const runs: number[] = []
for (let run = 0; run < Number(values.runs); run += 1) runs.push(await timed())
console.log(JSON.stringify({ added, seedMs, firstMs, runs, referrals: (await payload.count({ collection: 'submissions' })).totalDocs }))
process.exit(0)

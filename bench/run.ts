import { parseArgs } from 'node:util'

import { benchReports } from './reports'
import { buildForBench, createBenchMigration } from './server'
import { benchSite } from './site'
import { benchSubmissions } from './submissions'

const BENCHES = { site: benchSite, submissions: benchSubmissions, reports: benchReports }

/**
 * `npm run bench`: every benchmark, each printed as a ratio against a baseline from this run;
 * `npm run bench -- --only reports` (or site, submissions) runs one; `--reuse-build` skips the
 * build when the last run's is still there.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, 'reuse-build': { type: 'boolean', default: false } } })
  const chosen = values.only ? [values.only] : Object.keys(BENCHES)
  const unknown = chosen.filter((name) => !(name in BENCHES))
  if (unknown.length > 0) throw new Error(`No benchmark named ${unknown.join(', ')}: choose from ${Object.keys(BENCHES).join(', ')}`)
  // --reuse-build: the benchmark build and migration of an earlier run, when only measuring again.
  if (!values['reuse-build']) {
    createBenchMigration()
    buildForBench()
  }
  const results: boolean[] = []
  for (const name of chosen) results.push(await BENCHES[name as keyof typeof BENCHES]())
  console.log(results.every(Boolean) ? '\nAll benchmark targets met.' : '\nSome benchmark targets were not met (see FAIL above).')
}

await main()

import { buildForBench, createBenchMigration } from './server'
import { benchSite } from './site'
import { benchSubmissions } from './submissions'

/** `npm run bench`: every benchmark, each printed as a ratio against a baseline from this run. */
async function main(): Promise<void> {
  createBenchMigration()
  buildForBench()
  const results = [await benchSite(), await benchSubmissions()]
  console.log(results.every(Boolean) ? '\nAll benchmark targets met.' : '\nSome benchmark targets were not met (see FAIL above).')
}

await main()

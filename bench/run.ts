import { benchSite } from './site'

/** `npm run bench`: every benchmark, each printed as a ratio against a baseline from this run. */
async function main(): Promise<void> {
  const results = [await benchSite()]
  console.log(results.every(Boolean) ? '\nAll benchmark targets met.' : '\nSome benchmark targets were not met (see FAIL above).')
}

await main()

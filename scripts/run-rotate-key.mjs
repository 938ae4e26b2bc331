// `npm run rotate-key`: runs scripts/rotate-key.ts with tsx, starting it again if it stalls while
// loading. On Node 20 the Lexical editor's packages (top-level awaits of dynamic imports) now
// and then leave module loading unsettled: Node then ends with status 13 before any of the
// script has run (Payload's own CLI fails the same way). Nothing was read or written, so
// starting again is safe.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ATTEMPTS = 8
const UNSETTLED_LOADING = 13
const tsx = path.resolve('node_modules/.bin/tsx')

for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
  const { status, signal } = spawnSync(tsx, ['scripts/rotate-key.ts', ...process.argv.slice(2)], { stdio: 'inherit' })
  if (status !== UNSETTLED_LOADING) process.exit(status ?? (signal ? 1 : 0))
  console.error(`Loading stalled (attempt ${attempt} of ${ATTEMPTS}); starting again.`)
}
console.error('rotate-key could not load: run it again.')
process.exit(1)

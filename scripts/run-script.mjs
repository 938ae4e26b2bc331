// `node scripts/run-script.mjs scripts/<name>.ts [args]`: runs a TypeScript script with tsx
// (`npm run rotate-key`, `npm run seed:demo`), starting it again if it stalls while loading.
// On Node 20 the Lexical editor's packages (top-level awaits of dynamic imports) now and then
// leave module loading unsettled: Node then ends with status 13 before any of the script has
// run (Payload's own CLI fails the same way). Nothing was read or written, so starting again
// is safe.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ATTEMPTS = 8
const UNSETTLED_LOADING = 13
const tsx = path.resolve('node_modules/.bin/tsx')
const [script, ...args] = process.argv.slice(2)

for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
  const { status, signal } = spawnSync(tsx, [script, ...args], { stdio: 'inherit' })
  if (status !== UNSETTLED_LOADING) process.exit(status ?? (signal ? 1 : 0))
  console.error(`Loading stalled (attempt ${attempt} of ${ATTEMPTS}); starting again.`)
}
console.error(`${script} could not load: run it again.`)
process.exit(1)

/**
 * `npm run rotate-key [-- --batch-size=100]` (through scripts/run-script.mjs): re-encrypts every answer, case note and form
 * session value that is not under DATA_ENCRYPTION_KEY (values under a key listed in
 * DATA_ENCRYPTION_PREVIOUS_KEYS, and plaintext written before encryption), in batches, beside
 * the running site. Uses the same environment as the server (DATABASE_URI, the keys).
 * Exit status 0 when everything is under the current key, 1 otherwise (see the messages).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { dataKeyring } from '../src/crypto/keyring'
import { rotateDataKey, type RotationReport } from '../src/crypto/rotation/rotateDataKey'

const PASSES = 3

function batchSize(argv: string[]): number {
  const given = argv.find((arg) => arg.startsWith('--batch-size='))?.split('=')[1]
  const size = given === undefined ? 100 : Number(given)
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw new Error('--batch-size must be a whole number from 1 to 10000')
  return size
}

function print(pass: number, report: RotationReport): void {
  console.log(`Pass ${pass}: current key ${report.keyId}`)
  for (const [slug, counts] of Object.entries(report.collections)) {
    console.log(
      `  ${slug}: ${counts.documents} documents, ${counts.values} values: ${counts.reencrypted} re-encrypted, ${counts.current} already current, ${counts.changedMeanwhile} changed meanwhile, ${counts.unreadable} unreadable`,
    )
  }
  for (const value of report.unreadable) console.log(`  unreadable: ${value.collection} ${value.id} ${value.field}: ${value.reason}`)
}

async function main(): Promise<number> {
  const size = batchSize(process.argv.slice(2))
  const keyring = dataKeyring()
  // No seed and no jobs: this process only rewrites encrypted values.
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    for (let pass = 1; pass <= PASSES; pass += 1) {
      const report = await rotateDataKey(payload, { keyring, batchSize: size })
      print(pass, report)
      const counts = Object.values(report.collections)
      if (report.unreadable.length > 0) {
        console.log('Some values are under a key that is not configured: add it to DATA_ENCRYPTION_PREVIOUS_KEYS and run again.')
        return 1
      }
      // Values the site changed while they were read were written again by the site; look once more.
      if (counts.every((c) => c.changedMeanwhile === 0)) {
        console.log(`Done: every encrypted value is under key ${keyring.current.id}. Previous keys may now be removed.`)
        return 0
      }
    }
    console.log('Values kept changing while they were read: run again.')
    return 1
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)

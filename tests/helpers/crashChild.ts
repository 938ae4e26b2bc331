// Run by tests/integration/emailCrash.test.ts in a process of its own (`payload run`), which
// the test kills with SIGKILL. argv[2] says what to do before hanging until killed.

import type { Payload } from 'payload'

// Holds the event loop open from the first line: while the TypeScript loader compiles the
// imports below nothing else does, and Node would exit (status 0) with the import pending.
const keepAlive = setInterval(() => undefined, 60_000)

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { submitReferral } = await import('@/submissions/submit')
const { publishReferralForm, validAnswers } = await import('./referralForm')

const mode = process.argv[2]
const payload: Payload = await getPayload({ config })

if (mode === 'submit') {
  await publishReferralForm(payload, 'crash-referral')
  const result = await submitReferral(payload, { slug: 'crash-referral', body: { answers: validAnswers({ safe: 'no' }) }, sendEmailsNow: false })
  process.stdout.write(`READY ${JSON.stringify(result)}\n`)
} else if (mode === 'run-jobs') {
  process.stdout.write('READY running jobs\n')
  void payload.jobs.run()
}
// Never settles, so `payload run` does not exit: the test kills this process.
await new Promise(() => keepAlive)

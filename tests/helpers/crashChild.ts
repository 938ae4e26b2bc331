// Not part of the suite: tests/integration/emailCrash.test.ts runs this file in a jest process
// of its own (jest compiles in-thread, so the child cannot stall in a module-loader worker)
// and kills that process with SIGKILL. CRASH_CHILD_MODE says what to do before waiting.
import { it, jest } from '@jest/globals'

jest.setTimeout(10 * 60_000)

it('boots Payload on the shared database, does its part, then waits to be killed', async () => {
  // The integration setup gave this run a fresh database; the child must use the shared one.
  process.env.DATABASE_URI = process.env.CRASH_CHILD_DATABASE_URI
  const { startPayload } = await import('./payload')
  const { submitReferral } = await import('@/submissions/submit')
  const { runQueue } = await import('./emailQueue')
  const { publishReferralForm, validAnswers } = await import('./referralForm')
  const payload = await startPayload()
  if (process.env.CRASH_CHILD_MODE === 'submit') {
    await publishReferralForm(payload, 'crash-referral')
    const body = { answers: validAnswers({ safe: 'no' }) }
    const result = await submitReferral(payload, { slug: 'crash-referral', body, sendEmailsNow: false })
    process.stdout.write(`READY ${JSON.stringify(result)}\n`)
  } else {
    process.stdout.write('READY running jobs\n')
    void runQueue(payload)
  }
  await new Promise(() => undefined)
})

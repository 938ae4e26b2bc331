import { eligibleDoctorAnswers } from '../tests/unit/seed/content/forms/formAnswers'
import { compareThroughput } from './load'
import { printRatios, ratio } from './report'
import { startBenchServer } from './server'

const JSON_HEADERS = { 'content-type': 'application/json' }

/** A new client address per request: the rate limiter counts in the database as for real traffic, but never refuses. */
let clients = 0
const nextClient = () => {
  clients += 1
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`
}

/** The form builder's submission shape: every answer as text. */
const builderSubmission = (form: string | number) => ({
  form,
  submissionData: Object.entries(eligibleDoctorAnswers).map(([field, value]) => ({ field, value: String(value) })),
})

/**
 * Our referral endpoint (rate limit, validation by the rules engine, eligibility, routing,
 * store, queued emails) against a bare `payload.create` of the same document and against
 * Payload's form builder plugin receiving an equivalent form.
 */
export async function benchSubmissions(): Promise<boolean> {
  // The load generator plays the one trusted proxy in front of the app, telling each referral's
  // client apart, as a real deployment's proxy would: the rate limit then counts per client.
  const server = await startBenchServer({ TRUSTED_PROXY_HOPS: '1' })
  try {
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) })
    const setup = await post('/bench/form-builder-setup', { answers: eligibleDoctorAnswers })
    if (setup.status !== 201) throw new Error(`form builder set-up answered ${setup.status}\n${server.logTail(60)}`)
    const { id: builderForm } = (await setup.json()) as { id: string | number }
    const probe = await post('/api/forms/psu-application/submissions', { answers: eligibleDoctorAnswers })
    if (probe.status !== 201) throw new Error(`our endpoint answered ${probe.status}: ${await probe.text()}`)
    const body = JSON.stringify({ answers: eligibleDoctorAnswers })
    const results = await compareThroughput([
      {
        name: 'ours',
        url: `${server.url}/api/forms/psu-application/submissions`,
        method: 'POST',
        prepare: () => ({ body, headers: { ...JSON_HEADERS, 'x-forwarded-for': nextClient() } }),
      },
      { name: 'bare', url: `${server.url}/bench/bare-submission`, method: 'POST', prepare: () => ({ body, headers: JSON_HEADERS }) },
      {
        name: 'builder',
        url: `${server.url}/api/builder-form-submissions`,
        method: 'POST',
        prepare: () => ({ body: JSON.stringify(builderSubmission(builderForm)), headers: JSON_HEADERS }),
      },
    ])
    // A refused or failed request is not a referral received: such a run measures nothing.
    const refused = [...results.values()].filter((result) => result.non2xx || result.errors)
    for (const result of refused) console.log(`  FAIL  ${result.name} had ${result.non2xx} non-2xx, ${result.errors} errors`)
    const rps = (name: string) => results.get(name)?.requestsPerSecond ?? 0
    const ratiosMet = printRatios('Referral submissions (throughput, median of interleaved rounds)', [
      ratio('POST /api/forms/{slug}/submissions vs a bare payload.create of the same document', rps('ours'), rps('bare'), 0.6),
      ratio('POST /api/forms/{slug}/submissions vs @payloadcms/plugin-form-builder submissions', rps('ours'), rps('builder'), 1.0),
    ])
    return ratiosMet && refused.length === 0
  } finally {
    await server.stop()
  }
}

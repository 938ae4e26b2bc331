import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { ADMIN, createStaff } from './support/adminApi'
import { eventually, formReady, signIn } from './support/adminUi'
import { insertFailedEmailJob } from './support/failedJob'

jest.setTimeout(120_000)

const QUEUED_MESSAGE = 'The job is queued again and is being run now'

let server: RunningServer
let browser: Browser
let context: BrowserContext
let adminToken: string

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  ;({ adminToken } = await createStaff(server.url))
  context = await newContext(browser, server.url)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

type JobView = { status: number; hasError?: boolean; completedAt?: string | null }

/** The job as an administrator reads it over REST; 404 once Payload has deleted it on completion. */
async function readJob(id: number): Promise<JobView> {
  const response = await fetch(`${server.url}/api/payload-jobs/${id}?depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
  if (!response.ok) return { status: response.status }
  const job = (await response.json()) as { hasError?: boolean; completedAt?: string | null }
  return { status: response.status, hasError: job.hasError, completedAt: job.completedAt }
}

describe('an administrator retries a failed job from its page', () => {
  it('queues the job again, says so, and the job is no longer failed', async () => {
    // The referral does not exist, so the send completes with nothing to do ('missing').
    const id = await insertFailedEmailJob(server.databaseUri, { submissionId: '0', kind: 'service' })
    await expect(readJob(id)).resolves.toMatchObject({ status: 200, hasError: true, completedAt: null })

    const page = await context.newPage()
    await signIn(page, ADMIN)
    await page.goto(`/admin/collections/payload-jobs/${id}`)
    await formReady(page)
    const retry = page.getByRole('button', { name: 'Retry this job' })
    await retry.waitFor()

    await retry.click()
    await page.locator('p[role="status"]').filter({ hasText: QUEUED_MESSAGE }).waitFor()

    // Completed jobs are deleted (Payload's default `deleteJobOnComplete`): gone, or at least done.
    const after = await eventually('the retried job to complete', async () => {
      const job = await readJob(id)
      return job.status === 404 || job.completedAt ? job : undefined
    })
    expect(after.hasError).not.toBe(true)

    // The page follows the job, says it completed and goes back to the list, where it is gone.
    await page.locator('.payload-toast-item').filter({ hasText: 'The job has completed' }).waitFor()
    await page.waitForURL((url) => url.pathname === '/admin/collections/payload-jobs')
    await expect(page.getByText('could not be found').count()).resolves.toBe(0)
    await page.close()
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createClient } from '@libsql/client'
import type { Browser } from 'playwright-core'

import { FORM_SESSION_RATE_LIMIT } from '@/rateLimit'
import { expectNoAxeViolationsWithoutScripts } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

jest.setTimeout(240_000)

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  // Behind one proxy (this test), so clients can be told apart by the address it appends.
  ;[server, browser] = await Promise.all([startServer({ env: { TRUSTED_PROXY_HOPS: '1' } }), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const FIRST_PAGE = '/apply/psu-application/region'

/** A browser that keeps no cookie between posts: a fresh context each time, from one client address. */
async function postFirstPageWithoutCookie(client: string) {
  const context = await newContext(browser, server.url, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': client } })
  const page = await context.newPage()
  await page.goto(FIRST_PAGE)
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: /^(Continue|Save and continue)$/ }).click()])
  return { page, close: () => context.close() }
}

async function storedSessions(): Promise<number> {
  const client = createClient({ url: server.databaseUri })
  try {
    const result = await client.execute('SELECT count(*) AS n FROM form_sessions')
    return Number(result.rows[0]?.n)
  } finally {
    client.close()
  }
}

describe('form sessions on the production server', () => {
  it('one client that drops its cookie starts a bounded number of sessions, then is asked to try again', async () => {
    for (let index = 0; index < FORM_SESSION_RATE_LIMIT.points; index += 1) {
      const { page, close } = await postFirstPageWithoutCookie('198.51.100.60')
      expect(new URL(page.url()).pathname).toBe(FIRST_PAGE)
      await close()
    }
    const { page, close } = await postFirstPageWithoutCookie('198.51.100.60')
    expect(new URL(page.url()).pathname).toBe('/apply/psu-application/try-again')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Try again in a few minutes')
    await expect(page.getByText('a lot of applications were started from your connection').count()).resolves.toBe(1)
    await expectNoAxeViolationsWithoutScripts(browser, server.url, page, 'try again (too many sessions)')
    await close()
    expect(await storedSessions()).toBe(FORM_SESSION_RATE_LIMIT.points)

    // Another client behind the same proxy starts its application as usual.
    const other = await postFirstPageWithoutCookie('198.51.100.61')
    expect(new URL(other.page.url()).pathname).toBe(FIRST_PAGE)
    await other.close()
    expect(await storedSessions()).toBe(FORM_SESSION_RATE_LIMIT.points + 1)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { CRISIS_LINKS, parseSms, PUBLIC_PAGES } from './support/publicPages'

jest.setTimeout(120_000)

let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  context = await newContext(browser, server.url)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

/** Every link address inside the page's main content. */
const mainHrefs = (page: Page): Promise<string[]> =>
  page.getByRole('main').locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))

async function expectCrisisLines(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/urgent help/i)
  const hrefs = await mainHrefs(page)
  expect(hrefs).toEqual(
    expect.arrayContaining([CRISIS_LINKS.frontlineCall, CRISIS_LINKS.bmaCall, CRISIS_LINKS.samaritansCall]),
  )
  const texts = hrefs.map(parseSms).filter((sms) => sms !== null)
  expect(texts).toEqual(
    expect.arrayContaining([
      expect.objectContaining(CRISIS_LINKS.frontlineText),
      expect.objectContaining(CRISIS_LINKS.practitionerHealthText),
    ]),
  )
  await expect(page.getByRole('main').getByText('NHSPH').first().isVisible()).resolves.toBe(true)
  await expect(page.getByRole('main').getByText('FRONTLINE').first().isVisible()).resolves.toBe(true)
}

describe('urgent help is one click from every page', () => {
  it.each(PUBLIC_PAGES)('from the $name page', async ({ path, status }) => {
    const page = await context.newPage()
    const response = await page.goto(path)
    expect(response?.status()).toBe(status)

    const link = page.getByRole('banner').getByRole('link', { name: 'Urgent help', exact: true })
    await expect(link.isVisible()).resolves.toBe(true)
    await link.click()
    await page.waitForURL((url) => url.pathname === '/urgent-help')

    await expectCrisisLines(page)
    await page.close()
  })
})

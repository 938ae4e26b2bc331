import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { paths } from '@/site/paths'
import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { banner, openMore, pathname, PHONE } from './support/phone'

jest.setTimeout(180_000)

const SERVICES = 11

let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  context = await newContext(browser, server.url, { javaScriptEnabled: false, viewport: PHONE })
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

describe('the site header on a phone without JavaScript', () => {
  it.each([paths.home(), paths.service('coaching-service'), paths.resources(), paths.urgentHelp()])(
    'on %s the header takes at most 200 px and the page starts right after',
    async (path) => {
      const page = await context.newPage()
      await page.goto(path)
      const header = await banner(page).boundingBox()
      const start = await page.locator('nav.nhsuk-breadcrumb, main h1').first().boundingBox()
      expect(header && header.y + header.height).toBeLessThanOrEqual(200)
      expect(start?.y).toBeLessThanOrEqual(240)
      await page.close()
    },
  )

  it('"More" lists every service, Resources and Policies', async () => {
    const page = await context.newPage()
    await page.goto(paths.policies())
    const links = await openMore(page)
    const names = await links.allTextContents()
    expect(names).toHaveLength(SERVICES + 2)
    expect(names.slice(-2)).toEqual(['Resources', 'Policies'])
    await links.filter({ hasText: 'Resources' }).click()
    expect(pathname(page)).toBe(paths.resources())
    await page.close()
  })
})

describe('accessibility of the pages the front door changed, on a phone', () => {
  it.each([paths.home(), paths.service('dyslexia-assessments'), paths.resources(), `${paths.search()}?q=apply`])(
    '%s has no axe violations, with the More menu open too',
    async (path) => {
      // axe runs as a page script, so this context allows scripts but blocks the app's own: the
      // page is exactly what a browser without JavaScript shows.
      const audit = await newContext(browser, server.url, { viewport: PHONE })
      await audit.route(/\/_next\/static\/.*\.js$/, (route) => route.abort())
      const page = await audit.newPage()
      await page.goto(path)
      await expect(axeViolations(page).then(formatViolations)).resolves.toBe('')
      await openMore(page)
      await expect(axeViolations(page).then(formatViolations)).resolves.toBe('')
      await audit.close()
    },
  )
})

describe('with JavaScript on', () => {
  it('the page-not-found title stays once the page has run its scripts', async () => {
    const scripted = await newContext(browser, server.url)
    const page = await scripted.newPage()
    const response = await page.goto('/no-such-page', { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(404)
    await page.waitForTimeout(500)
    await expect(page.title()).resolves.toMatch(/^Page not found – /)
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.evaluate(() => {
      const link = document.createElement('a')
      link.href = '/services/no-such-service'
      link.textContent = 'missing'
      link.id = 'missing-link'
      document.querySelector('main')?.append(link)
    })
    await page.click('#missing-link')
    await page.waitForURL('**/services/no-such-service')
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found')
    await expect(page.title()).resolves.toMatch(/^Page not found – /)
    await scripted.close()
  })
})

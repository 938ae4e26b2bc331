import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'
import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

jest.setTimeout(180_000)

const PHONE = { width: 390, height: 844 }
const SERVICES = 11
const DYSLEXIA = { service: '/services/dyslexia-assessments', form: '/apply/dyslexia-assessment' }
const GENERAL_FORM = paths.apply(GENERAL_APPLICATION_SLUG)

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

const banner = (page: Page) => page.getByRole('banner')

/** Opens the header's "More" menu (a `<details>`: no script involved) and returns its links. */
async function openMore(page: Page) {
  await banner(page).locator('summary', { hasText: 'More' }).click()
  const menu = banner(page).locator('.nhsuk-header__menu-list')
  await expect(menu.isVisible()).resolves.toBe(true)
  return menu.getByRole('link')
}

const pathname = (page: Page) => new URL(page.url()).pathname

describe('the front door, on a phone without JavaScript', () => {
  it('runs with scripts really off', async () => {
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.evaluate('typeof window.__next_f')).resolves.toBe('undefined')
    await page.close()
  })

  it('the home page leads to the general application and the eligibility checker', async () => {
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('main').getByRole('link', { name: 'Check if you can use the PSU' }).click()
    expect(pathname(page)).toBe(paths.eligibility())
    await page.goBack()
    await page.getByRole('main').getByRole('link', { name: 'Apply for support' }).click()
    expect(pathname(page)).toBe(GENERAL_FORM)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/apply/i)
    await page.close()
  })

  it('every service page, reached from the home page by links, leads to its own form', async () => {
    const page = await context.newPage()
    await page.goto('/')
    const links = await openMore(page)
    const services = (await links.evaluateAll((items) => items.map((item) => item.getAttribute('href') ?? ''))).filter((href) =>
      href.startsWith('/services/'),
    )
    expect(services).toHaveLength(SERVICES)
    const reached: Record<string, string> = {}
    for (const service of services) {
      await page.goto('/')
      await (await openMore(page)).and(page.locator(`[href="${service}"]`)).click()
      expect(pathname(page)).toBe(service)
      const howToAccess = page.getByRole('main').locator('h2', { hasText: 'How to access' })
      await expect(howToAccess.count()).resolves.toBe(1)
      await page.getByRole('main').getByRole('link', { name: 'Apply for support' }).click()
      reached[service] = pathname(page)
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1)
    }
    const expected = Object.fromEntries(services.map((service) => [service, service === DYSLEXIA.service ? DYSLEXIA.form : GENERAL_FORM]))
    expect(reached).toEqual(expected)
    await page.close()
  })

  it.each([
    { query: 'crisis', first: paths.urgentHelp() },
    { query: 'suicide', first: paths.urgentHelp() },
    { query: 'self harm', first: paths.urgentHelp() },
    { query: 'samaritans', first: paths.urgentHelp() },
    { query: 'urgent', first: paths.urgentHelp() },
    { query: 'help now', first: paths.urgentHelp() },
    { query: 'apply', first: GENERAL_FORM },
  ])('searching "$query" from the header puts $first first', async ({ query, first }) => {
    const page = await context.newPage()
    await page.goto('/')
    await banner(page).getByRole('searchbox', { name: 'Search this site' }).fill(query)
    await banner(page).getByRole('button', { name: 'Search' }).click()
    expect(pathname(page)).toBe(paths.search())
    const results = page.getByRole('main').locator('h3 a')
    await expect(results.first().getAttribute('href')).resolves.toBe(first)
    await results.first().click()
    expect(pathname(page)).toBe(first)
    await page.close()
  })

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

  it('every resource filter shows its count and leads to resources', async () => {
    const page = await context.newPage()
    await page.goto(paths.resources())
    const options = await page.locator('form .nhsuk-checkboxes__item').evaluateAll((items) =>
      items.map((item) => ({ id: item.querySelector('input')?.id ?? '', label: item.querySelector('label')?.textContent ?? '' })),
    )
    expect(options.length).toBeGreaterThan(0)
    for (const { id, label } of options) {
      expect(label).toMatch(/^.+ \((\d+)\)$/)
      await page.goto(paths.resources())
      await page.locator(`#${id}`).check()
      await page.getByRole('button', { name: 'Apply filters' }).click()
      const status = await page.getByRole('status').textContent()
      expect(status).not.toMatch(/No resources match/)
      expect(status).toContain(`of ${/\((\d+)\)$/.exec(label)?.[1]} resource`)
    }
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

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { banner, openMore, pathname, PHONE } from './support/phone'

jest.setTimeout(180_000)

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
      // The start page streams: wait for its heading rather than count what has arrived so far.
      await page.getByRole('heading', { level: 1 }).waitFor()
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

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { paths } from '@/site/paths'
import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { PUBLIC_PAGES } from './support/publicPages'

jest.setTimeout(120_000)

const PAGES = [
  ...PUBLIC_PAGES,
  { name: 'filtered resources', path: `${paths.resources()}?type=course&topic=wellbeing`, status: 200 },
  { name: 'search without results', path: `${paths.search()}?q=zzzz-nothing-matches`, status: 200 },
]

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

describe('accessibility (axe: WCAG 2.1 A/AA and best practice)', () => {
  it.each(PAGES)('the $name page has no violations', async ({ name, path, status }) => {
    const page = await context.newPage()
    const response = await page.goto(path, { waitUntil: 'load' })
    expect(response?.status()).toBe(status)
    const violations = await axeViolations(page)
    if (violations.length > 0) console.error(`axe on ${name} (${path}):\n${formatViolations(violations)}`)
    expect(formatViolations(violations)).toBe('')
    await page.close()
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { expectNoAxeViolationsWithoutScripts } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { recipientsOf, startTestSmtp, type TestSmtp } from '../helpers/smtp'

jest.setTimeout(180_000)

const DUTY_EMAIL = 'duty@psu.test'

let smtp: TestSmtp
let server: RunningServer
let browser: Browser

beforeAll(async () => {
  smtp = await startTestSmtp()
  ;[server, browser] = await Promise.all([startServer({ env: { SMTP_URL: smtp.url, PSU_DUTY_EMAIL: DUTY_EMAIL } }), launchBrowser()])
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

const BASE = '/apply/psu-application'

/** axe on the page as a browser without JavaScript gets it (see tests/helpers/axe.ts). */
const expectNoAxeViolations = (page: Page, name: string) => expectNoAxeViolationsWithoutScripts(browser, server.url, page, name)

const next = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true }).click()

/** A fresh browser (own cookies), JavaScript off unless asked, on the first question. */
async function firstQuestion(javaScriptEnabled = false): Promise<Page> {
  const context = await newContext(browser, server.url, { javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${BASE}/about-you`)
  return page
}

async function aboutYouAndRole(page: Page, region: 'London' | 'Somewhere else') {
  await page.getByLabel('First name').fill('Sam')
  await page.getByLabel('Last name').fill('Okafor')
  await page.getByLabel('Day').fill('12')
  await page.getByLabel('Month').fill('11')
  await page.getByLabel('Year').fill('1993')
  await page.getByLabel('What is your email address?').fill('sam@example.com')
  await page.getByLabel('What is your phone number?').fill('020 7946 0123')
  await next(page)
  await page.getByLabel('Pharmacist or pharmacy technician').check()
  await page.getByLabel(region).check()
  await next(page)
}

describe('branches, with JavaScript off', () => {
  it('shows urgent help on its own page straight after a risk answer, before anything else', async () => {
    const page = await firstQuestion()
    await aboutYouAndRole(page, 'London')
    await page.getByLabel('Foundation pharmacist (2 years post registration)').check()
    await page.getByLabel('What is your grade?').fill('Foundation')
    await page.getByLabel('What is your specialty?').fill('Pharmacy')
    await page.getByLabel('Which training programme are you on?').fill('Foundation pharmacist')
    await page.getByLabel('Which trust employs you?').fill('Guy’s and St Thomas’')
    await next(page)
    await page.getByLabel('What support would you like?').fill('Someone to talk to')
    await page.locator('input[name="previousSupport"][value="no"]').check()
    await next(page)
    await page.locator('input[name="harmThoughts"][value="yes"]').check()
    await next(page)

    expect(page.url()).toBe(`${server.url}${BASE}/urgent-help`)
    const panel = page.locator('.nhsuk-panel--interruption')
    await expect(panel.locator('h1').innerText()).resolves.toBe('You can get help now')
    const links = await panel.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toEqual(expect.arrayContaining(['tel:999', 'tel:111', 'tel:03001317000', 'sms:85258?body=FRONTLINE', 'tel:116123']))
    await expectNoAxeViolations(page, 'interruption')

    // Typing the next address does not get round it.
    await page.goto(`${BASE}/consent`)
    expect(page.url()).toBe(`${server.url}${BASE}/urgent-help`)
    await page.getByRole('button', { name: 'Continue with your application' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/consent`)

    // Sent on: the referral is urgent and the duty inbox hears of it from the request itself
    // (the queue would take it over only after a minute).
    await page.getByLabel('I agree to the PSU contacting me about this application').check()
    await page.locator('input[name="consentToShare"]').check()
    await next(page)
    await page.getByRole('button', { name: 'Accept and send' }).click()
    const reference = (await page.locator('.nhsuk-panel strong').innerText()).trim()
    const deadline = Date.now() + 45_000
    while (!smtp.messages.some((mail) => recipientsOf(mail).includes(DUTY_EMAIL)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const duty = smtp.messages.find((mail) => recipientsOf(mail).includes(DUTY_EMAIL))
    expect(duty?.subject).toBe(`URGENT: PSU application ${reference} answered a risk question`)
    expect(`${duty?.text}`).not.toContain('Okafor')
    await page.context().close()
  })

  it('sends a trainee from elsewhere to the exit page with where to get help', async () => {
    const page = await firstQuestion()
    await aboutYouAndRole(page, 'Somewhere else')
    expect(page.url()).toBe(`${server.url}${BASE}/region-exit`)
    await expect(page.locator('h1').innerText()).resolves.toBe('You cannot use the PSU')
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'Get urgent help now' }).getAttribute('href')).resolves.toBe('/urgent-help')
    await expect(main.getByRole('link', { name: 'psu.lase@hee.nhs.uk' }).last().getAttribute('href')).resolves.toBe('mailto:psu.lase@hee.nhs.uk')
    await expectNoAxeViolations(page, 'exit page')
    await page.context().close()
  })
})

describe('with JavaScript on', () => {
  it('shows the error summary without a round trip to the server, and focuses it', async () => {
    const page = await firstQuestion(true)
    await page.waitForLoadState('networkidle')
    const posts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url())
    })
    await page.getByLabel('First name').fill('Sam')
    await page.getByLabel('Day').fill('31')
    await page.getByLabel('Month').fill('2')
    await page.getByLabel('Year').fill('1993')
    await next(page)
    const summary = page.locator('.nhsuk-error-summary')
    await summary.waitFor()
    await expect(summary.innerText()).resolves.toContain('Your date of birth must be a real date')
    await expect(page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).resolves.toBe(true)
    expect(await page.title()).toMatch(/^Error: /)
    expect(posts).toEqual([])
    expect(await page.getByLabel('First name').inputValue()).toBe('Sam')
    await summary.getByRole('link', { name: 'Your date of birth must be a real date' }).click()
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('dateOfBirth-day')
    await page.context().close()
  })
})

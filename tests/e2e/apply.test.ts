import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { expectNoAxeViolationsWithoutScripts } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { recipientsOf, startTestSmtp, type TestSmtp } from '../helpers/smtp'

jest.setTimeout(180_000)

let smtp: TestSmtp
let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  smtp = await startTestSmtp()
  ;[server, browser] = await Promise.all([startServer({ env: { SMTP_URL: smtp.url } }), launchBrowser()])
  context = await newContext(browser, server.url, { javaScriptEnabled: false })
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

const BASE = '/apply/psu-application'
// References leave out 0/O, 1/I/L so they can be read out over the phone.
const REFERENCE = /^[A-HJKMNP-Z2-9]{8}$/

/** axe on the page as a browser without JavaScript gets it (see tests/helpers/axe.ts). */
const expectNoAxeViolations = (page: Page, name: string) => expectNoAxeViolationsWithoutScripts(browser, server.url, page, name)

const heading = (page: Page) => page.locator('h1').first().innerText()
const next = (page: Page) => page.getByRole('button', { name: /^(Continue|Save and continue)$/ }).click()

async function aboutYou(page: Page) {
  await page.getByLabel('First name').fill('Ada')
  await page.getByLabel('Last name').fill('Lovelace')
  await page.getByLabel('Day').fill('1')
  await page.getByLabel('Month').fill('2')
  await page.getByLabel('Year').fill('1990')
  await page.getByLabel('What is your email address?').fill('ada@example.com')
  await page.getByLabel('What is your phone number?').fill('07700 900123')
  await next(page)
}

async function yourTraining(page: Page) {
  await page.locator('input[name="hasTrainingNumber"][value="yes"]').check()
  await page.locator('input[name="workforceScheme"][value="none"]').check()
  await page.getByLabel('What is your grade?').fill('ST4')
  await page.getByLabel('What is your specialty?').fill('Paediatrics')
  await page.getByLabel('Which training programme are you on?').fill('Paediatrics')
  await page.getByLabel('Which trust employs you?').fill('Barts Health')
  await next(page)
}

describe('applying with JavaScript off', () => {
  it('runs from the start page to a reference number, fixing an error and changing an answer on the way', async () => {
    const page = await context.newPage()
    await page.goto(BASE)
    // Next's inline scripts fill self.__next_f as the page streams; with scripts off it stays unset.
    await expect(page.evaluate(() => '__next_f' in self)).resolves.toBe(false)
    await expectNoAxeViolations(page, 'start page')
    await page.getByRole('button', { name: 'Start now' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/about-you`)
    await expectNoAxeViolations(page, 'question page')

    await page.getByLabel('First name').fill('Ada')
    await page.getByLabel('Year').fill('1990')
    await next(page)
    expect(page.url()).toBe(`${server.url}${BASE}/about-you`)
    expect(await page.title()).toMatch(/^Error: About you/)
    const summary = page.locator('.nhsuk-error-summary')
    await expect(summary.getByRole('link', { name: 'Enter your last name' }).getAttribute('href')).resolves.toBe('#lastName')
    await expect(summary.getByRole('link', { name: /Your date of birth must include a day and month/ }).getAttribute('href')).resolves.toBe(
      '#dateOfBirth-day',
    )
    expect(await page.locator('#lastName-error').innerText()).toContain('Enter your last name')
    expect(await page.getByLabel('First name').inputValue()).toBe('Ada')
    expect(await page.getByLabel('Year').inputValue()).toBe('1990')
    await expectNoAxeViolations(page, 'error state')

    await aboutYou(page)
    expect(await heading(page)).toBe('Your role')
    await page.getByRole('link', { name: 'Back' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/about-you`)
    expect(await page.getByLabel('Last name').inputValue()).toBe('Lovelace')
    await next(page)
    await page.getByLabel('Doctor').check()
    await page.getByLabel('London').check()
    await next(page)
    await yourTraining(page)
    await page.getByLabel('What support would you like?').fill('Exam stress')
    await page.locator('input[name="previousSupport"][value="no"]').check()
    await next(page)
    await page.locator('input[name="harmThoughts"][value="no"]').check()
    await next(page)
    expect(await heading(page)).toBe('Contact and confidentiality')
    await page.getByLabel('I agree to the PSU contacting me about this application').check()
    await page.locator('input[name="consentToShare"]').check()
    await next(page)

    expect(page.url()).toBe(`${server.url}${BASE}/check-answers`)
    await expectNoAxeViolations(page, 'check answers')
    await page.getByRole('link', { name: 'Change What is your specialty?' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/your-training?change=1`)
    await page.getByLabel('What is your specialty?').fill('General Practice')
    await next(page)
    expect(page.url()).toBe(`${server.url}${BASE}/check-answers`)
    expect(await page.locator('.nhsuk-summary-list').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('General Practice')]))

    await page.getByRole('button', { name: 'Accept and send' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/confirmation`)
    const reference = (await page.locator('.nhsuk-panel strong').innerText()).trim()
    expect(reference).toMatch(REFERENCE)
    expect(await page.getByRole('main').innerText()).toContain(`Your reference is ${reference}.`)
    await expectNoAxeViolations(page, 'confirmation')
    await page.close()

    // The server's queue sends the emails within its 10-second cycle.
    await smtp.waitFor(2, 60_000)
    const confirmation = smtp.messages.find((mail) => recipientsOf(mail).includes('ada@example.com'))
    expect(confirmation?.subject).toBe(`Your application to the Professional Support Unit: ${reference}`)
    expect(confirmation?.text).toContain('Samaritans')
    const notification = smtp.messages.find((mail) => mail.subject?.startsWith('New PSU application'))
    expect(notification?.subject).toContain(reference)
    expect(`${notification?.text} ${notification?.html}`).not.toContain('Lovelace')
  })
})

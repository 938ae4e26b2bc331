import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { eligibleDoctorAnswers } from '../unit/seed/content/forms/formAnswers'
import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { formatVnuErrors, validateHtml } from '../helpers/vnu'
import { pathname, PHONE } from './support/phone'
import { walkToConfirmation } from './support/walkForm'

jest.setTimeout(240_000)

const REFERENCE = /\b[A-HJKMNP-Z2-9]{8}\b/
const EMAIL = String(eligibleDoctorAnswers.email)

let smtp: TestSmtp
let server: RunningServer
let browser: Browser
let noScripts: BrowserContext
let withScripts: BrowserContext
let reference = ''
/** The answers to the posted form, as a browser without scripts received them, for the HTML check. */
const answered: { name: string; html: string }[] = []

beforeAll(async () => {
  smtp = await startTestSmtp()
  ;[server, browser] = await Promise.all([startServer({ env: { SMTP_URL: smtp.url } }), launchBrowser()])
  noScripts = await newContext(browser, server.url, { javaScriptEnabled: false, viewport: PHONE })
  withScripts = await newContext(browser, server.url)
})

afterAll(async () => {
  await noScripts?.close()
  await withScripts?.close()
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

const check = async (page: Page, email: string) => {
  await page.getByLabel('Email address', { exact: true }).fill(email)
  await page.getByRole('button', { name: 'Check status' }).click()
  await page.waitForLoadState()
}

const expectNoAxeViolations = async (page: Page, name: string) => {
  const violations = await axeViolations(page)
  if (violations.length > 0) console.error(`axe on ${name}:\n${formatViolations(violations)}`)
  expect(violations).toEqual([])
}

describe('a trainee checks where their referral is, JavaScript off', () => {
  it('follows "Check where your referral is" from the confirmation to its stage, the email never in the address', async () => {
    const page = await noScripts.newPage()
    await page.goto('/apply/psu-application')
    await page.getByRole('button', { name: 'Start now' }).or(page.getByRole('link', { name: 'Start now' })).first().click()
    await page.waitForLoadState()
    await walkToConfirmation(page, eligibleDoctorAnswers)
    reference = (await page.locator('.nhsuk-panel').innerText()).match(REFERENCE)?.[0] ?? ''
    expect(reference).toMatch(REFERENCE)

    await page.getByRole('link', { name: 'Check where your referral is' }).click()
    await page.waitForLoadState()
    expect(pathname(page)).toBe('/referral-status')
    await expect(page.getByLabel('Reference number', { exact: true }).inputValue()).resolves.toBe(reference)

    await check(page, EMAIL.toUpperCase())
    await expect(page.locator('#referral-stage').innerText()).resolves.toBe('We have received your referral')
    await expect(page.getByRole('main').innerText()).resolves.toContain(reference)
    answered.push({ name: 'status found', html: await page.content() })
    expect(decodeURIComponent(page.url())).not.toContain('@')
    await page.close()
  })

  it('links from the confirmation email to the status page with the reference filled in', async () => {
    const email = await smtp.waitForEmailTo(EMAIL)
    const link = `${server.url}/referral-status?reference=${reference}`
    expect(email.text).toContain(`Check where your referral is: ${link}`)
    expect(email.html).toContain(`href="${link}"`)
    const page = await noScripts.newPage()
    await page.goto(link)
    await expect(page.getByLabel('Reference number', { exact: true }).inputValue()).resolves.toBe(reference)
    await page.close()
  })

  it('explains empty answers in the NHS error summary, and answers a wrong pair with the not-found message', async () => {
    const page = await noScripts.newPage()
    await page.goto('/referral-status')
    await page.getByRole('button', { name: 'Check status' }).click()
    await page.waitForLoadState()
    const summary = page.locator('.nhsuk-error-summary')
    await expect(summary.getByRole('link', { name: 'Enter your reference number' }).getAttribute('href')).resolves.toBe('#reference')
    await expect(summary.getByRole('link', { name: 'Enter the email address you gave in your application' }).getAttribute('href')).resolves.toBe('#email')
    answered.push({ name: 'status form with errors', html: await page.content() })

    await page.getByLabel('Reference number', { exact: true }).fill(reference)
    await check(page, 'someone.else@example.org')
    await expect(page.getByRole('main').innerText()).resolves.toContain('We could not find a referral with that reference and email address.')
    answered.push({ name: 'status not found', html: await page.content() })
    await page.close()
  })

  it('is linked from every page footer', async () => {
    const page = await noScripts.newPage()
    await page.goto('/')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Check your referral' }).click()
    await page.waitForLoadState()
    expect(pathname(page)).toBe('/referral-status')
    await page.close()
  })

  it('answers in valid HTML', async () => {
    expect(answered.map(({ name }) => name)).toEqual(['status found', 'status form with errors', 'status not found'])
    expect(formatVnuErrors(await validateHtml(answered))).toBe('')
  })
})

describe('with JavaScript', () => {
  it('answers a wrong email address with the not-found message, and the right one with the stage, with no axe violations', async () => {
    const page = await withScripts.newPage()
    await page.goto(`/referral-status?reference=${reference}`)
    await check(page, 'someone.else@example.org')
    await page.getByText('We could not find a referral with that reference and email address.', { exact: false }).waitFor()
    await expectNoAxeViolations(page, 'referral not found')

    await page.getByLabel('Reference number', { exact: true }).fill(reference.toLowerCase())
    await check(page, EMAIL)
    await page.locator('#referral-stage').waitFor()
    await expect(page.locator('#referral-stage').innerText()).resolves.toBe('We have received your referral')
    await expectNoAxeViolations(page, 'referral status')
    await page.close()
  })
})

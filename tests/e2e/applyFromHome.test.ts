import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { dyslexiaApplicantAnswers, eligibleDoctorAnswers } from '../unit/seed/content/forms/formAnswers'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { openMore, pathname, PHONE } from './support/phone'
import { walkToConfirmation } from './support/walkForm'

jest.setTimeout(240_000)

// References leave out 0/O, 1/I/L so they can be read out over the phone.
const REFERENCE = /\b[A-HJKMNP-Z2-9]{8}\b/

let smtp: TestSmtp
let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  smtp = await startTestSmtp()
  ;[server, browser] = await Promise.all([startServer({ env: { SMTP_URL: smtp.url } }), launchBrowser()])
  context = await newContext(browser, server.url, { javaScriptEnabled: false, viewport: PHONE })
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

/** From a form's start page, through every question, to the reference on the confirmation. */
async function applyFromStartPage(page: Page, answers: typeof eligibleDoctorAnswers): Promise<string> {
  await page.getByRole('button', { name: 'Start now' }).or(page.getByRole('link', { name: 'Start now' })).first().click()
  await page.waitForLoadState()
  await walkToConfirmation(page, answers)
  const panel = await page.locator('.nhsuk-panel').innerText()
  const reference = panel.match(REFERENCE)?.[0]
  if (!reference) throw new Error(`no reference on the confirmation page: ${panel}`)
  return reference
}

describe('a trainee on a phone, JavaScript off, by links alone', () => {
  it('goes from the home page to a referral reference and its confirmation email', async () => {
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('main').getByRole('link', { name: 'Apply for support' }).click()
    await page.waitForLoadState()
    expect(pathname(page)).toBe('/apply/psu-application')

    const reference = await applyFromStartPage(page, eligibleDoctorAnswers)

    const email = await smtp.waitForEmailTo(String(eligibleDoctorAnswers.email))
    expect(email.text).toContain(reference)
    await page.close()
  })

  it('goes from the home page to the Dyslexia Assessments page and applies with the dyslexia form', async () => {
    const page = await context.newPage()
    await page.goto('/')
    const services = await openMore(page)
    await services.filter({ hasText: 'Dyslexia' }).first().click()
    await page.waitForLoadState()
    expect(pathname(page)).toBe('/services/dyslexia-assessments')
    await page.getByRole('main').getByRole('link', { name: 'Apply for support' }).click()
    await page.waitForLoadState()
    expect(pathname(page)).toBe('/apply/dyslexia-assessment')

    const reference = await applyFromStartPage(page, dyslexiaApplicantAnswers)

    const email = await smtp.waitForEmailTo(String(dyslexiaApplicantAnswers.email))
    expect(email.text).toContain(reference)
    await page.close()
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { expectNoAxeViolationsWithoutScripts } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { recipientsOf, startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { answerSteps, choose, consent, next, PSU_APPLICATION as BASE, stepsToWellbeing } from './support/psuApplication'

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

/** axe on the page as a browser without JavaScript gets it (see tests/helpers/axe.ts). */
const expectNoAxeViolations = (page: Page, name: string) => expectNoAxeViolationsWithoutScripts(browser, server.url, page, name)

const sam = { staffGroup: 'pharmacy', firstName: 'Sam', lastName: 'Okafor', email: 'sam@example.com' } as const

/** A fresh browser (own cookies), JavaScript off unless asked, on the first question. */
async function firstQuestion(javaScriptEnabled = false): Promise<Page> {
  const context = await newContext(browser, server.url, { javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${BASE}/region`)
  return page
}

/** Waits (bounded) for an email to this address from the server's queue or the request itself. */
async function mailTo(address: string) {
  const deadline = Date.now() + 45_000
  while (!smtp.messages.some((mail) => recipientsOf(mail).includes(address)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return smtp.messages.find((mail) => recipientsOf(mail).includes(address))
}

describe('branches, with JavaScript off', () => {
  it('shows urgent help on its own page straight after a risk answer, and says the referral will be looked at urgently', async () => {
    const page = await firstQuestion()
    await answerSteps(page, server.url, stepsToWellbeing(sam))
    await choose(page, 'harmThoughts', 'yes')
    await next(page)

    expect(page.url()).toBe(`${server.url}${BASE}/urgent-help`)
    await expect(page.locator('h1').innerText()).resolves.toBe('You can get help now')
    const emergency = page.locator('.nhsuk-card--care.nhsuk-card--care--emergency')
    await expect(emergency.locator('h2').innerText()).resolves.toContain('If you or someone else is in immediate danger')
    await expect(emergency.locator('h2 .nhsuk-u-visually-hidden').textContent()).resolves.toBe('Immediate action required: ')
    await expect(emergency.getByRole('link', { name: '999' }).getAttribute('href')).resolves.toBe('tel:999')
    await expect(page.locator('.nhsuk-panel').count()).resolves.toBe(0)
    const links = await page.getByRole('main').locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links).toEqual(expect.arrayContaining(['tel:999', 'tel:111', 'tel:03001317000', 'sms:85258?body=FRONTLINE', 'tel:116123']))
    await expect(page.getByRole('main').innerText()).resolves.toContain('contact you within 1 working day')
    await expectNoAxeViolations(page, 'interruption')

    // Typing the next address does not get round it.
    await page.goto(`${BASE}/consent`)
    expect(page.url()).toBe(`${server.url}${BASE}/urgent-help`)
    await page.getByRole('button', { name: 'Continue with your application' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/wellbeing-notes`)
    await next(page)
    await consent(page)
    await page.getByRole('button', { name: 'Accept and send' }).click()

    // Sent on: the referral is urgent, and the confirmation and the trainee's email say so.
    const reference = (await page.locator('.nhsuk-panel strong').innerText()).trim()
    const confirmation = await page.getByRole('main').innerText()
    expect(confirmation).toContain('Because of your answers, we will look at your application urgently.')
    expect(confirmation).toContain('A PSU Coordinator will contact you within 1 working day.')
    expect(confirmation).not.toContain('10 working days')
    await expectNoAxeViolations(page, 'urgent confirmation')
    // The duty inbox hears of it from the request itself (the queue would take it over only after a minute).
    const duty = await mailTo(DUTY_EMAIL)
    expect(duty?.subject).toBe(`URGENT: PSU application ${reference} answered a risk question`)
    expect(`${duty?.text}`).not.toContain('Okafor')
    const trainee = await mailTo(sam.email)
    expect(trainee?.text).toContain('A PSU Coordinator will contact you within 1 working day.')
    expect(trainee?.text).not.toContain('10 working days')
    await page.context().close()
  })

  it('sends a trainee from elsewhere to the exit page with where to get help', async () => {
    const page = await firstQuestion()
    await page.getByLabel('Somewhere else').check()
    await next(page)
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
    await page.getByRole('button', { name: 'Continue', exact: true }).click()
    const summary = page.locator('.nhsuk-error-summary')
    await summary.waitFor()
    await expect(summary.innerText()).resolves.toContain('Select where you work or train')
    await expect(page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).resolves.toBe(true)
    expect(await page.title()).toMatch(/^Error: /)
    expect(posts).toEqual([])
    await summary.getByRole('link', { name: 'Select where you work or train' }).click()
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('region')
    await page.context().close()
  })
})

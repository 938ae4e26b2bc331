import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { expectNoAxeViolationsWithoutScripts } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { recipientsOf, startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { answerSteps, choose, consent, next, PSU_APPLICATION as BASE, stepsToWellbeing } from './support/psuApplication'

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

// References leave out 0/O, 1/I/L so they can be read out over the phone.
const REFERENCE = /^[A-HJKMNP-Z2-9]{8}$/

/** axe on the page as a browser without JavaScript gets it (see tests/helpers/axe.ts). */
const expectNoAxeViolations = (page: Page, name: string) => expectNoAxeViolationsWithoutScripts(browser, server.url, page, name)

const ada = { staffGroup: 'doctor', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' } as const

describe('applying with JavaScript off', () => {
  it('runs from the start page to a reference number, one thing per page, fixing an error and changing an answer', async () => {
    const page = await context.newPage()
    await page.goto(BASE)
    // Next's inline scripts fill self.__next_f as the page streams; with scripts off it stays unset.
    await expect(page.evaluate(() => '__next_f' in self)).resolves.toBe(false)
    const main = page.getByRole('main')
    await expect(main.getByRole('link', { name: 'Check if you can get support' }).getAttribute('href')).resolves.toBe('/eligibility')
    await expect(main.getByRole('button', { name: 'Use these answers' }).count()).resolves.toBe(0)
    await expectNoAxeViolations(page, 'start page')
    await page.getByRole('button', { name: 'Start now' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/region`)
    await expectNoAxeViolations(page, 'question page')

    await next(page)
    expect(page.url()).toBe(`${server.url}${BASE}/region`)
    expect(await page.title()).toMatch(/^Error: Where do you work or train\?/)
    await expect(page.locator('.nhsuk-error-summary').innerText()).resolves.toContain('Select where you work or train')
    await expectNoAxeViolations(page, 'error state')

    const steps = stepsToWellbeing(ada)
    await answerSteps(page, server.url, steps.slice(0, 5))
    expect(page.url()).toBe(`${server.url}${BASE}/date-of-birth`)
    await page.getByRole('link', { name: 'Back' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/name`)
    expect(await page.getByLabel('Last name').inputValue()).toBe('Lovelace')
    await next(page)
    await answerSteps(page, server.url, steps.slice(5))
    await choose(page, 'harmThoughts', 'no')
    await next(page)
    expect(page.url()).toBe(`${server.url}${BASE}/wellbeing-notes`)
    await next(page)
    expect(await page.locator('h1').first().innerText()).toBe('Contact and confidentiality')
    await consent(page)

    expect(page.url()).toBe(`${server.url}${BASE}/check-answers`)
    await expect(page.getByRole('heading', { name: 'Now send your application' }).count()).resolves.toBe(1)
    await expectNoAxeViolations(page, 'check answers')
    await page.getByRole('link', { name: 'Change What is your specialty?' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/specialty?change=1`)
    await page.getByLabel('What is your specialty?').fill('General Practice')
    await next(page)
    expect(page.url()).toBe(`${server.url}${BASE}/check-answers`)
    expect(await page.locator('.nhsuk-summary-list').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('General Practice')]))

    await page.getByRole('button', { name: 'Accept and send' }).click()
    expect(page.url()).toBe(`${server.url}${BASE}/confirmation`)
    const reference = (await page.locator('.nhsuk-panel strong').innerText()).trim()
    expect(reference).toMatch(REFERENCE)
    const confirmation = await page.getByRole('main').innerText()
    expect(confirmation).toContain(`Your reference is ${reference}.`)
    expect(confirmation).toContain('We will contact you within 10 working days')
    expect(confirmation).not.toContain('urgently')
    await expectNoAxeViolations(page, 'confirmation')
    await page.close()

    // The server's queue sends the emails within its 10-second cycle.
    await smtp.waitFor(2, 60_000)
    const email = smtp.messages.find((mail) => recipientsOf(mail).includes('ada@example.com'))
    expect(email?.subject).toBe(`Your application to the Professional Support Unit: ${reference}`)
    expect(email?.text).toContain('Samaritans')
    expect(email?.text).toContain('We will contact you within 10 working days')
    const notification = smtp.messages.find((mail) => mail.subject?.startsWith('New PSU application'))
    expect(notification?.subject).toContain(reference)
    expect(`${notification?.text} ${notification?.html}`).not.toContain('Lovelace')
  })
})

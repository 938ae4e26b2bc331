import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { expectNoAxeViolationsWithoutScripts } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

jest.setTimeout(180_000)

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** axe on the page as a browser without JavaScript gets it (see tests/helpers/axe.ts). */
const expectNoAxeViolations = (page: Page, name: string) => expectNoAxeViolationsWithoutScripts(browser, server.url, page, name)

/** Starts the checker in a fresh browser with JavaScript off and answers each question by its label. */
async function check(answers: string[]): Promise<Page> {
  const context = await newContext(browser, server.url, { javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/eligibility')
  await page.getByRole('button', { name: 'Start now' }).click()
  for (const answer of answers) {
    await page.getByLabel(answer, { exact: true }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  return page
}

describe('checking eligibility with JavaScript off', () => {
  it('asks again when nothing is chosen', async () => {
    const page = await check([])
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.locator('.nhsuk-error-summary').innerText()).resolves.toContain('Select where you work or train')
    await expectNoAxeViolations(page, 'checker error')
    await page.context().close()
  })

  it('tells an eligible doctor which group they are in and links to the application', async () => {
    const page = await check(['London', 'Doctor', 'Yes', 'None of these'])
    expect(page.url()).toBe(`${server.url}/eligibility/result`)
    await expect(page.locator('h1').innerText()).resolves.toBe('You can use the PSU')
    const main = page.getByRole('main')
    await expect(main.innerText()).resolves.toContain('Postgraduate Doctors & Dentists who hold a London or KSS training number')
    await expect(main.getByRole('link', { name: 'Careers Unit' }).getAttribute('href')).resolves.toBe('/services/careers-unit')
    await expect(main.getByRole('button', { name: 'Apply' }).getAttribute('href')).resolves.toBe('/apply/psu-application')
    await expectNoAxeViolations(page, 'eligible result')
    await page.context().close()
  })

  it("offers the checker's answers on the application's start page, and they prefill questions the trainee can still change", async () => {
    const page = await check(['London', 'Doctor', 'Yes', 'None of these'])
    await page.getByRole('button', { name: 'Apply' }).click()
    expect(page.url()).toBe(`${server.url}/apply/psu-application`)
    const offer = page.locator('.nhsuk-card', { hasText: 'You told us in the eligibility checker' })
    const told = await offer.locator('.nhsuk-summary-list__value').allInnerTexts()
    expect(told.map((text) => text.trim())).toEqual(['London', 'Doctor', 'Yes', 'None of these'])
    await expectNoAxeViolations(page, 'start page with the offer')

    await page.getByRole('button', { name: 'Use these answers' }).click()
    expect(page.url()).toBe(`${server.url}/apply/psu-application/region`)
    await expect(page.getByLabel('London', { exact: true }).isChecked()).resolves.toBe(true)
    await page.getByLabel('Kent, Surrey and Sussex').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(page.url()).toBe(`${server.url}/apply/psu-application/staff-group`)
    await expect(page.getByLabel('Doctor', { exact: true }).isChecked()).resolves.toBe(true)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByLabel('Yes', { exact: true }).isChecked()).resolves.toBe(true)
    await page.getByRole('link', { name: 'Back' }).click()
    await page.getByRole('link', { name: 'Back' }).click()
    await expect(page.getByLabel('Kent, Surrey and Sussex').isChecked()).resolves.toBe(true)
    await page.context().close()
  })

  it('tells a trainee who cannot use the PSU why, and where else to get help', async () => {
    const page = await check(['Somewhere else', 'Something else'])
    await expect(page.locator('h1').innerText()).resolves.toBe('You cannot use the PSU')
    const main = page.getByRole('main')
    await expect(main.innerText()).resolves.toContain('London and Kent, Surrey & Sussex only')
    await expect(main.getByRole('link', { name: 'Support for non training grades and post CCT' }).getAttribute('href')).resolves.toBe(
      '/policies/support-for-non-training-grades-and-post-cct',
    )
    const crisis = await main.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(crisis).toEqual(expect.arrayContaining(['tel:03001317000', 'sms:85258?body=FRONTLINE']))
    await expect(main.getByRole('link', { name: 'psu.lase@hee.nhs.uk' }).first().getAttribute('href')).resolves.toBe('mailto:psu.lase@hee.nhs.uk')
    await expectNoAxeViolations(page, 'not eligible result')
    await page.context().close()
  })
})

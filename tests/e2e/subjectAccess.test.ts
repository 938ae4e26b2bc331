import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { eligibleDoctorAnswers } from '../unit/seed/content/forms/formAnswers'
import { ADMIN, createStaff, login, type Credentials } from './support/adminApi'
import { followAdminNav, signIn } from './support/adminUi'
import { CASEWORKER_CAREERS, createCaseworker, serviceId } from './support/casework'

jest.setTimeout(240_000)

const MANAGER: Credentials = { email: 'reports.manager@psu.test', password: 'Manager-e2e-password-1', name: 'Mo Manager' }
const SUBJECT = String(eligibleDoctorAnswers.email)
const SECOND = 'lee.second@example.nhs.uk'
const BYSTANDER = 'bea.bystander@example.nhs.uk'

let server: RunningServer
let browser: Browser
let adminContext: BrowserContext
let adminToken: string
const refs: Record<'subject' | 'second' | 'bystander', string> = { subject: '', second: '', bystander: '' }

/** A trainee's PSU application through the public API, with their own email address. */
async function apply(email: string, firstName: string, client: string): Promise<string> {
  const response = await fetch(`${server.url}/api/forms/psu-application/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify({ answers: { ...eligibleDoctorAnswers, email, firstName, servicesOfInterest: ['careers-unit'] } }),
  })
  const body = (await response.json()) as { reference?: string }
  if (response.status !== 201 || !body.reference) throw new Error(`apply → ${response.status}`)
  return body.reference
}

/** How many referrals have this reference, as the administrator reads them over REST. */
async function referralsWith(reference: string): Promise<number> {
  const response = await fetch(`${server.url}/api/submissions?where[reference][equals]=${reference}&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  ;({ adminToken } = await createStaff(server.url))
  await createCaseworker(server.url, adminToken, CASEWORKER_CAREERS, await serviceId(server.url, adminToken, 'careers-unit'))
  const made = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...MANAGER, roles: ['manager'] }),
  })
  if (!made.ok) throw new Error(`create manager → ${made.status}`)
  refs.subject = await apply(SUBJECT, 'Amira', '198.51.100.11')
  refs.second = await apply(SECOND, 'Lee', '198.51.100.12')
  refs.bystander = await apply(BYSTANDER, 'Bea', '198.51.100.13')
  adminContext = await newContext(browser, server.url, { acceptDownloads: true })
})

afterAll(async () => {
  await adminContext?.close()
  await browser?.close()
  await server?.stop()
})

const expectNoAxeViolations = async (page: Page) => expect(formatViolations(await axeViolations(page))).toBe('')

describe('an administrator answers a subject-access request and an erasure request', () => {
  let page: Page

  it('follows the nav to Subject access and finds the trainee by email, with no axe violations', async () => {
    page = await adminContext.newPage()
    await signIn(page, ADMIN)
    await followAdminNav(page, 'Subject access')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Subject access')
    await expectNoAxeViolations(page)
    await page.getByLabel('Email address').fill(SUBJECT.toUpperCase())
    await page.getByRole('button', { name: 'Find their data' }).click()
    await page.waitForURL('**/admin/subject-access?email=*')
    await expect(page.getByRole('heading', { name: `What we hold about ${SUBJECT}` }).count()).resolves.toBe(1)
    await expect(page.getByRole('region', { name: /^What we hold/ }).getByRole('status').innerText()).resolves.toMatch(/^1 referral, \d+ answers, 0 case notes/)
    await expect(page.getByRole('table', { name: 'Referrals' }).innerText()).resolves.toContain(refs.subject)
    await expect(page.getByText(refs.bystander).count()).resolves.toBe(0)
    await expectNoAxeViolations(page)
  })

  it('downloads their data as JSON, and opens the printable page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download their data (JSON)' }).click()])
    expect(download.suggestedFilename()).toMatch(/^subject-access-\d{4}-\d{2}-\d{2}\.json$/)
    const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as { referrals: Array<{ reference: string; answers: Array<{ question: string; answer: string }> }> }
    expect(report.referrals.map((referral) => referral.reference)).toEqual([refs.subject])
    expect(report.referrals[0].answers).toContainEqual(expect.objectContaining({ answer: 'Paediatrics' }))
    // The printable page opens in a new tab, as the administrator sees it.
    const [printable] = await Promise.all([adminContext.waitForEvent('page'), page.getByRole('link', { name: /Printable page/ }).click()])
    await printable.waitForLoadState()
    await expect(printable.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`Information held about ${SUBJECT}`)
    await expect(printable.getByRole('heading', { name: `Referral ${refs.subject}` }).count()).resolves.toBe(1)
    await expectNoAxeViolations(printable)
    await printable.close()
  })

  it('refuses an erasure whose confirmation differs, with an error summary, and erases nothing', async () => {
    await page.getByLabel('Type the email address again to confirm').fill('someone.else@example.nhs.uk')
    await page.getByRole('button', { name: 'Erase their data' }).click()
    await page.waitForURL('**/admin/subject-access?*eraseError=mismatch')
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).innerText()).resolves.toContain('The email addresses do not match')
    await expectNoAxeViolations(page)
    expect(await referralsWith(refs.subject)).toBe(1)
  })

  it('erases their data once the address is typed again', async () => {
    await page.getByLabel('Type the email address again to confirm').fill(SUBJECT)
    await page.getByRole('button', { name: 'Erase their data' }).click()
    await page.waitForURL('**/admin/subject-access?erased=1*')
    await expect(page.getByRole('heading', { name: 'Their data has been erased' }).count()).resolves.toBe(1)
    await expect(page.getByText('Deleted 1 referral').count()).resolves.toBe(1)
    await expectNoAxeViolations(page)
    expect(await referralsWith(refs.subject)).toBe(0)
    expect(await referralsWith(refs.bystander)).toBe(1)
  })

  it('does the same without JavaScript', async () => {
    const noJs = await browser.newContext({ baseURL: server.url, storageState: await adminContext.storageState(), javaScriptEnabled: false })
    const plain = await noJs.newPage()
    await plain.goto('/admin/subject-access')
    await plain.getByLabel('Email address').fill(SECOND)
    await plain.getByRole('button', { name: 'Find their data' }).click()
    await plain.waitForURL('**/admin/subject-access?email=*')
    await expect(plain.getByRole('table', { name: 'Referrals' }).innerText()).resolves.toContain(refs.second)
    await plain.getByLabel('Type the email address again to confirm').fill(SECOND)
    await plain.getByRole('button', { name: 'Erase their data' }).click()
    await plain.waitForURL('**/admin/subject-access?erased=1*')
    expect(await referralsWith(refs.second)).toBe(0)
    await noJs.close()
  })
})

describe('other staff', () => {
  it.each([
    ['a case worker', CASEWORKER_CAREERS],
    ['a manager', MANAGER],
  ])('%s gets no link, cannot open the view, and is refused by the API', async (_, who) => {
    const context = await newContext(browser, server.url)
    const page = await context.newPage()
    await signIn(page, who)
    await expect(page.locator('nav a[href="/admin/subject-access"]').count()).resolves.toBe(0)
    await page.goto(`/admin/subject-access?email=${BYSTANDER}`)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Not authorised')
    await expect(page.getByText(refs.bystander).count()).resolves.toBe(0)
    await expectNoAxeViolations(page)
    const token = await login(server.url, who)
    const answer = await fetch(`${server.url}/api/subject-access?email=${BYSTANDER}`, { headers: { Authorization: `JWT ${token}` } })
    expect(answer.status).toBe(403)
    await context.close()
  })

  it('keeps the view from anyone signed out', async () => {
    const context = await newContext(browser, server.url)
    const page = await context.newPage()
    await page.goto('/admin/subject-access')
    await page.waitForURL('**/admin/login**')
    await context.close()
  })
})

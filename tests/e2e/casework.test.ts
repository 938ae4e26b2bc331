import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, EDITOR } from './support/adminApi'
import { followAdminNav, formReady, signIn } from './support/adminUi'
import { applyFor, CASEWORKER_CAREERS, CASEWORKER_COACHING, createCaseworker, referralByReference, serviceId } from './support/casework'
import { eligibleDoctorAnswers } from '../unit/seed/content/forms/formAnswers'

jest.setTimeout(180_000)

let server: RunningServer
let browser: Browser
let careers: BrowserContext
let coaching: BrowserContext
let trainee: BrowserContext
let adminToken: string
let careersWorkerId: number
const refs = { urgent: '', routine: '', otherService: '' }

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  ;({ adminToken } = await createStaff(server.url))
  careersWorkerId = await createCaseworker(server.url, adminToken, CASEWORKER_CAREERS, await serviceId(server.url, adminToken, 'careers-unit'))
  await createCaseworker(server.url, adminToken, CASEWORKER_COACHING, await serviceId(server.url, adminToken, 'coaching-service'))
  refs.routine = await applyFor(server.url, 'Rosa', 'careers-unit', false, '198.51.100.1')
  refs.urgent = await applyFor(server.url, 'Umar', 'careers-unit', true, '198.51.100.2')
  refs.otherService = await applyFor(server.url, 'Olga', 'coaching-service', false, '198.51.100.3')
  ;[careers, coaching, trainee] = await Promise.all([
    newContext(browser, server.url),
    newContext(browser, server.url),
    newContext(browser, server.url, { javaScriptEnabled: false }),
  ])
})

afterAll(async () => {
  await careers?.close()
  await coaching?.close()
  await trainee?.close()
  await browser?.close()
  await server?.stop()
})

const queueLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Queues' }).getByRole('link', { name: new RegExp(`^${name} \\(\\d+\\)$`) })
const rowReferences = async (page: Page) => page.locator('table tbody th[scope="row"]').allInnerTexts()

/** Chooses an option of one of Payload's select fields (a combobox, not a native select). */
async function choose(page: Page, fieldName: string, option: string) {
  await page.locator(`#field-${fieldName} .rs__control`).click()
  await page.locator('.rs__option', { hasText: new RegExp(`^${option}$`) }).click()
}

/** What the trainee sees on the status page, as they would check it: reference and email, no script. */
async function traineeSees(reference: string): Promise<string> {
  const page = await trainee.newPage()
  await page.goto(`/referral-status?reference=${reference}`)
  await page.getByLabel('Email address', { exact: true }).fill(String(eligibleDoctorAnswers.email))
  await page.getByRole('button', { name: 'Check status' }).click()
  await page.waitForLoadState()
  const text = await page.getByRole('main').innerText()
  await page.close()
  return text
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByText(/successfully/i).first().waitFor()
  await formReady(page)
}

describe('a case worker works a referral from the queues', () => {
  let page: Page

  it('signs in and sees only their service in the queues, urgent first and tagged, with no axe violations', async () => {
    page = await careers.newPage()
    await signIn(page, CASEWORKER_CAREERS)
    await followAdminNav(page, 'Case work')
    await expect(queueLink(page, 'Urgent').innerText()).resolves.toBe('Urgent (1)')
    await expect(queueLink(page, 'Unallocated').innerText()).resolves.toBe('Unallocated (2)')
    await expect(queueLink(page, 'Assigned to me').innerText()).resolves.toBe('Assigned to me (0)')
    expect(await rowReferences(page)).toEqual([refs.urgent, refs.routine])
    const urgentRow = page.locator('tbody tr').first()
    await expect(urgentRow.getByText('Urgent', { exact: true }).innerText()).resolves.toBe('Urgent')
    expect(await page.locator('table caption').innerText()).toMatch(/^Unallocated: 2 referrals$/)
    expect(formatViolations(await axeViolations(page))).toBe('')
    // Filters are plain links.
    await queueLink(page, 'Urgent').click()
    await page.waitForURL('**/admin/casework?queue=urgent')
    expect(await rowReferences(page)).toEqual([refs.urgent])
    // The applicant's name is copied from the answers when the referral is stored.
    await expect(page.locator('tbody tr').first().locator('td').first().innerText()).resolves.toBe('Umar Khan')
  })

  it('takes the next referral, the urgent one, which becomes theirs', async () => {
    await page.goto('/admin/casework')
    await page.getByRole('button', { name: 'Take next referral' }).click()
    const { id } = await referralByReference(server.url, adminToken, refs.urgent)
    await page.waitForURL(`**/admin/collections/submissions/${id}`)
    expect((await referralByReference(server.url, adminToken, refs.urgent)).assignee).toBe(careersWorkerId)
  })

  it('opens it from its queue and reads its answers by their questions, the risk answer flagged', async () => {
    await page.goto('/admin/casework?queue=urgent')
    await page.getByRole('link', { name: refs.urgent }).click()
    await page.waitForURL(/\/admin\/collections\/submissions\/\d+$/)
    await formReady(page)
    const answers = page.getByRole('region', { name: /^Answers/ })
    await expect(answers.getByText('Are you having thoughts of harming yourself or ending your life?').count()).resolves.toBe(1)
    await expect(answers.getByText('Risk answer').count()).resolves.toBe(1)
    await expect(answers.getByText('12 April 1992').count()).resolves.toBe(1)
    await expect(page.getByText('harmThoughts').count()).resolves.toBe(0)
    await expect(page.getByRole('region', { name: 'Stage history' }).innerText()).resolves.toContain('New')
  })

  it('moves it through triage to contacted, adds a note, and closes it with an outcome; the trainee sees each stage', async () => {
    await expect(traineeSees(refs.urgent)).resolves.toContain('We have received your referral')
    await choose(page, 'status', 'Triaged')
    await save(page)
    await expect(traineeSees(refs.urgent)).resolves.toContain('A member of the team is looking at it')
    await choose(page, 'status', 'Contacted')
    await save(page)
    await expect(traineeSees(refs.urgent)).resolves.toContain('We have contacted you')
    await page.getByRole('button', { name: /Add Note/i }).click()
    await page.locator('#field-notes__0__text').fill('Phoned Umar; safe, agreed a call on Friday.')
    await save(page)
    await choose(page, 'status', 'Closed')
    await choose(page, 'outcome', 'Support completed')
    await save(page)
    const referral = await referralByReference(server.url, adminToken, refs.urgent)
    expect(referral).toMatchObject({ status: 'closed', outcome: 'support-completed' })
    expect(referral.notes).toHaveLength(1)
    expect(referral.notes?.[0]).toMatchObject({ text: 'Phoned Umar; safe, agreed a call on Friday.', author: careersWorkerId })
    expect(referral.notes?.[0].at).toEqual(expect.any(String))
    const closed = await traineeSees(refs.urgent)
    expect(closed).toContain('Closed: Support completed')
    expect(closed).not.toContain('Phoned Umar')
  })
})

describe('a case worker of another service', () => {
  it('never sees the careers referrals, in the queues or by address', async () => {
    const page = await coaching.newPage()
    await signIn(page, CASEWORKER_COACHING)
    await page.goto('/admin/casework?queue=unallocated')
    await expect(queueLink(page, 'Urgent').innerText()).resolves.toBe('Urgent (0)')
    expect(await rowReferences(page)).toEqual([refs.otherService])
    const { id } = await referralByReference(server.url, adminToken, refs.urgent)
    const response = await page.request.get(`/api/submissions/${id}?depth=0`)
    expect([403, 404]).toContain(response.status())
  })

  it('is not for other staff: an editor gets no link and is told so', async () => {
    const page = await (await newContext(browser, server.url)).newPage()
    await signIn(page, EDITOR)
    await expect(page.locator('nav a[href="/admin/casework"]').count()).resolves.toBe(0)
    await page.goto('/admin/casework')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Not authorised')
    await expect(page.locator('table').count()).resolves.toBe(0)
  })

  it('keeps the view from anyone signed out', async () => {
    const page = await (await newContext(browser, server.url)).newPage()
    await page.goto('/admin/casework')
    await page.waitForURL('**/admin/login**')
  })
})

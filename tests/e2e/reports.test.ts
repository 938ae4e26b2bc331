import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { ADMIN, createStaff, EDITOR } from './support/adminApi'
import { followAdminNav, signIn } from './support/adminUi'
import { CASEWORKER_CAREERS, createCaseworker, serviceId } from './support/casework'
import { applyMany, createUser, download, fetchInPage, figure, MANAGER, moveReferral, rowCells, staffActions } from './support/reports'

jest.setTimeout(240_000)

let server: RunningServer
let browser: Browser
let manager: BrowserContext
let adminToken: string

// Careers Unit 10 referrals, Individual Support Team 9, Coaching Service 3 (shown as *).
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer({ env: { RATE_LIMIT_SUBMISSIONS: '100/600' } }), launchBrowser()])
  ;({ adminToken } = await createStaff(server.url))
  await createUser(server.url, adminToken, MANAGER, 'manager')
  await createCaseworker(server.url, adminToken, CASEWORKER_CAREERS, await serviceId(server.url, adminToken, 'careers-unit'))
  const careers = await applyMany(server.url, 'careers-unit', 10)
  await applyMany(server.url, 'individual-support-team', 9)
  const coaching = await applyMany(server.url, 'coaching-service', 3)
  for (const reference of careers.slice(0, 8)) await moveReferral(server.url, adminToken, reference, [{ status: 'triaged' }, { status: 'contacted' }])
  await moveReferral(server.url, adminToken, coaching[0], [{ status: 'closed', outcome: 'declined-by-trainee' }])
  manager = await newContext(browser, server.url, { acceptDownloads: true })
})

afterAll(async () => {
  await manager?.close()
  await browser?.close()
  await server?.stop()
})

describe('a manager reads the reports', () => {
  let page: Page

  it('signs in, sees the headline numbers on the admin home (no axe violations), and follows the nav to Reports', async () => {
    page = await manager.newPage()
    await signIn(page, MANAGER)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Dashboard')
    const headlines = page.getByRole('region', { name: 'Referrals at a glance' })
    await expect(headlines.getByRole('link', { name: /^Open referrals/ }).innerText()).resolves.toMatch(/^Open referrals\s+21$/)
    await expect(page.locator('nav a[href="/admin/collections/submissions"]').count()).resolves.toBe(0)
    expect(formatViolations(await axeViolations(page))).toBe('')
    await followAdminNav(page, 'Reports')
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Reports')
  })

  it('filters by a service with the GET form and reads its table; the address can be shared', async () => {
    await page.getByLabel('Service', { exact: true }).selectOption({ label: 'Careers Unit' })
    await Promise.all([page.waitForURL(/service=careers-unit/), page.getByRole('button', { name: 'Apply filters' }).click()])
    expect(await rowCells(figure(page, 'Referrals by service'), 'Careers Unit')).toEqual(['Careers Unit', '10'])
    expect(formatViolations(await axeViolations(page))).toBe('')
  })

  it('downloads the tables and the referrals as CSV, with the same filters, each export audited', async () => {
    const summary = await download(page, 'Download these tables (CSV)')
    expect(summary.name).toMatch(/^psu-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-careers-unit\.csv$/)
    expect(summary.text).toContain('Referrals by service,Service,Careers Unit,Referrals,count,10')
    const referrals = await download(page, 'Download one row per referral (CSV, de-identified)')
    expect(referrals.text.trim().split(/\r?\n/)).toHaveLength(11)
    expect(referrals.text).not.toMatch(/Trainee\d|@/)
    const exports = (await staffActions(server.url, adminToken)).filter((entry) => entry.operation === 'export' && entry.userEmail === MANAGER.email)
    expect(exports.map((entry) => entry.details)).toEqual(expect.arrayContaining([expect.objectContaining({ export: 'summary', service: 'careers-unit' })]))
  })

  it('shows a cell of 3 referrals as *, and its true count reaches the browser neither in the HTML nor in the RSC payload', async () => {
    await page.goto('/admin/reports?service=coaching-service&group=month')
    const byService = figure(page, 'Referrals by service')
    expect(await rowCells(byService, 'Coaching Service')).toEqual(['Coaching Service', '*'])
    // With 3 referrals in all, every count shown is * or 0, and no figure is based on 8 or more.
    const cells = await page.locator('main table td').allInnerTexts()
    expect(cells.filter((cell) => !['*', '0', '–'].includes(cell))).toEqual([])
    expect(await byService.evaluate((table) => table.outerHTML)).not.toMatch(/>\s*[1-7]\s*</)
    const { text: rsc } = await fetchInPage(page, '/admin/reports?service=coaching-service&group=month', { RSC: '1' })
    expect(rsc).toContain('Coaching Service')
    expect(rsc).not.toMatch(/"children":"?[1-7]"?[,}\]]/)
    const charts = [...rsc.matchAll(/"data":(\[\{"label".*?\}\])/g)].map((match) => JSON.parse(match[1]) as Array<Record<string, unknown>>)
    expect(charts.length).toBeGreaterThan(5)
    const values = charts.flat().flatMap((datum) => Object.entries(datum).filter(([key]) => key !== 'label').map(([, value]) => value))
    expect(values.filter((value) => !['*', '', '0', 0].includes(value as string | number))).toEqual([])
  })

  it('cannot switch suppression off (only administrators may)', async () => {
    await page.goto('/admin/reports?service=coaching-service&suppression=off')
    expect(await rowCells(figure(page, 'Referrals by service'), 'Coaching Service')).toEqual(['Coaching Service', '*'])
    await expect(page.getByLabel(/switch small-number suppression off/).count()).resolves.toBe(0)
  })

  it('gets an error summary for a bad filter, linked to its field', async () => {
    await page.goto('/admin/reports?from=2026-02-30&group=year')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary.getByRole('heading').innerText()).resolves.toBe('There is a problem')
    await expect(summary.getByRole('link').count()).resolves.toBe(2)
    await expect(page.locator('main table').count()).resolves.toBe(0)
    expect(formatViolations(await axeViolations(page))).toBe('')
    const csv = await fetchInPage(page, '/api/reports/summary.csv?from=2026-02-30')
    expect(csv.status).toBe(400)
    expect(JSON.parse(csv.text)).toEqual({ errors: [expect.objectContaining({ field: 'from' })] })
  })
})

describe('an administrator', () => {
  it('may switch suppression off, is told so, and the view is audited', async () => {
    const page = await (await newContext(browser, server.url)).newPage()
    await signIn(page, ADMIN)
    await page.goto('/admin/reports?service=coaching-service&suppression=off')
    await expect(page.getByText('Small-number suppression is off.').count()).resolves.toBe(1)
    expect(await rowCells(figure(page, 'Referrals by service'), 'Coaching Service')).toEqual(['Coaching Service', '3'])
    // The check the manager's page passes does find a true small count when one is sent.
    const { text: rsc } = await fetchInPage(page, '/admin/reports?service=coaching-service&suppression=off', { RSC: '1' })
    expect(rsc).toMatch(/"children":"?[1-7]"?[,}\]]/)
    const [entry] = (await staffActions(server.url, adminToken)).filter((action) => action.operation === 'unsuppressed-report')
    expect(entry).toMatchObject({ userEmail: ADMIN.email, details: expect.objectContaining({ service: 'coaching-service' }) })
  })
})

describe('other staff and strangers', () => {
  it.each([
    ['an editor', EDITOR],
    ['a case worker', CASEWORKER_CAREERS],
  ])('%s gets no link, no headline numbers, the unauthorised page and a 403 for the CSV', async (_, who) => {
    const page = await (await newContext(browser, server.url)).newPage()
    await signIn(page, who)
    await expect(page.locator('nav a[href="/admin/reports"]').count()).resolves.toBe(0)
    await expect(page.getByRole('region', { name: 'Referrals at a glance' }).count()).resolves.toBe(0)
    await page.goto('/admin/reports')
    await page.waitForURL('**/admin/unauthorized')
    await expect(page.locator('main table, table').count()).resolves.toBe(0)
    expect((await fetchInPage(page, '/api/reports/summary.csv')).status).toBe(403)
  })

  it('someone signed out is sent to sign in, and the CSV answers 401', async () => {
    const page = await (await newContext(browser, server.url)).newPage()
    await page.goto('/admin/reports')
    await page.waitForURL('**/admin/login**')
    expect((await fetchInPage(page, '/api/reports/summary.csv')).status).toBe(401)
  })
})

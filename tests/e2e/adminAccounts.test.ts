import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { axeViolations, formatViolations } from '../helpers/axe'
import { launchBrowser, newContext } from '../helpers/browser'
import { referralFormData, validAnswers } from '../helpers/referralForm'
import { startServer, type RunningServer } from '../helpers/server'
import { ADMIN, login } from './support/adminApi'
import { formReady } from './support/adminUi'
import { insertFailedEmailJob } from './support/failedJob'

jest.setTimeout(180_000)

const FORM_SLUG = 'offline-referral'

let server: RunningServer
let browser: Browser
let context: BrowserContext
/** Every request the browser tried to send to a host other than the server (all are blocked). */
const thirdParty: string[] = []
/** The NHS font requests seen: proof that the interception sees outside requests at all. */
let nhsFontRequests = 0
/** The NHS design system's own web fonts: the one outside host allowed (blocked here too: pages fall back to system fonts). */
const isNhsFont = (url: URL) => url.host === 'assets.nhs.uk' && url.pathname.startsWith('/fonts/')

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  context = await newContext(browser, server.url)
  const own = new URL(server.url).host
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (/^(https?|wss?):$/.test(url.protocol) && url.host !== own) {
      if (isNhsFont(url)) nhsFontRequests += 1
      else thirdParty.push(url.href)
      return route.abort('blockedbyclient')
    }
    return route.continue()
  })
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

/** An admin REST call; fails the test on any error answer. */
async function api<T>(token: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'x-forwarded-for': '10.7.7.7' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${path} → ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}
const firstId = async (token: string, path: string) => (await api<{ docs: { id: number }[] }>(token, path)).docs[0].id

/** A published form, one referral to it and one failed email job: something on each admin page. */
async function adminPages(token: string): Promise<Record<string, string>> {
  const careers = await firstId(token, 'services?where[slug][equals]=careers-unit&depth=0')
  const individual = await firstId(token, 'services?where[slug][equals]=individual-support-team&depth=0')
  const form = await api<{ doc: { id: number } }>(token, 'forms', { ...referralFormData(FORM_SLUG, careers, individual), _status: 'published' })
  const { reference } = await api<{ reference: string }>(token, `forms/${FORM_SLUG}/submissions`, { answers: validAnswers() })
  const submission = await firstId(token, `submissions?where[reference][equals]=${reference}&depth=0`)
  const version = await firstId(token, `form-versions?where[slug][equals]=${FORM_SLUG}&depth=0`)
  const job = await insertFailedEmailJob(server.databaseUri, { submissionId: '0', kind: 'service' })
  return {
    dashboard: '/admin',
    submission: `/admin/collections/submissions/${submission}`,
    job: `/admin/collections/payload-jobs/${job}`,
    form: `/admin/collections/forms/${form.doc.id}`,
    'form version': `/admin/collections/form-versions/${version}`,
    'service (rich text)': `/admin/collections/services/${careers}`,
    users: '/admin/collections/users',
    account: '/admin/account',
    'public home page': '/',
    'public service page': '/services/careers-unit',
    'public application start': `/apply/${FORM_SLUG}`,
  }
}

/** Opens an admin page and lets it finish loading, lazy parts included. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path)
  if (/\/collections\/[^/]+\/\d+$|\/account$/.test(path)) await formReady(page)
  await page.waitForLoadState('networkidle')
}

describe('the first account on a new site', () => {
  it('is shown as the administrator on the create-first-user form, and becomes one', async () => {
    const page = await context.newPage()
    await page.goto('/admin')
    await page.waitForURL((url) => url.pathname === '/admin/create-first-user')
    await formReady(page)
    const roles = page.locator('.field-type').filter({ has: page.getByText('Roles', { exact: false }) }).last()
    await expect(roles.innerText()).resolves.toMatch(/Admin/)
    await expect(roles.innerText()).resolves.not.toMatch(/Editor/)
    await expect(page.getByText('The first account made on a new site is its administrator.').count()).resolves.toBe(1)

    await page.getByLabel('Email').fill(ADMIN.email)
    await page.getByLabel(/^(New )?Password/).fill(ADMIN.password)
    await page.getByLabel('Confirm Password').fill(ADMIN.password)
    await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), page.getByRole('button', { name: 'Create' }).click()])
    // Asked from the page, as the admin asks: with the login cookie and the browser's own headers.
    const saved = await page.evaluate(async () => ((await (await fetch('/api/users/me')).json()) as { user: { roles: string[] } }).user.roles)
    expect(saved).toEqual(['admin'])
    await page.close()
  })
})

describe('the admin and the site on a network without internet', () => {
  it('load nothing from another host on any page, and the admin shows JSON without the CDN editor', async () => {
    const pages = await adminPages(await login(server.url, ADMIN))
    const page = await context.newPage()
    for (const [name, path] of Object.entries(pages)) {
      await open(page, path)
      expect([name, thirdParty]).toEqual([name, []])
    }
    expect(nhsFontRequests).toBeGreaterThan(0)
    // A referral's answers are read by their questions, not as JSON.
    await open(page, pages.submission)
    await expect(page.getByRole('region', { name: /^Answers/ }).innerText()).resolves.toContain('Amira')
    await expect(page.locator('.monaco-editor').count()).resolves.toBe(0)
    await open(page, pages.job)
    await expect(page.locator('.json-field pre').first().innerText()).resolves.toContain('"kind": "service"')
    await expect(page.locator('.monaco-editor').count()).resolves.toBe(0)
    // Payload's own admin markup is not ours to fix; the JSON view is.
    const inJsonView = (await axeViolations(page)).filter((violation) => violation.targets.some((target) => target.includes('pre')))
    expect(formatViolations(inJsonView)).toBe('')
    await page.close()
  })
})

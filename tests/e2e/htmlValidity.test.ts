import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { seedSiteSettings } from '@/seed/content/siteSettings'
import { eligibleDoctorAnswers } from '../unit/seed/content/forms/formAnswers'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { formatVnuErrors, validateHtml } from '../helpers/vnu'
import { PUBLIC_PAGES } from './support/publicPages'
import { walkToConfirmation } from './support/walkForm'

jest.setTimeout(180_000)

let server: RunningServer
let pages: { name: string; path: string; status: number; expected: number; html: string }[]
let journeyPages: { name: string; html: string }[]

/**
 * The application's own pages need a journey in progress: a browser without JavaScript walks
 * the form (with a risk answer, so the urgent-help page comes too) and each page's HTML is
 * fetched again as the server sends it, with the same cookie.
 */
async function applicationPages(): Promise<{ name: string; html: string }[]> {
  const browser = await launchBrowser()
  try {
    const context = await newContext(browser, server.url, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/apply/psu-application')
    await page.getByRole('button', { name: 'Start now' }).click()
    const seen: { name: string; html: string }[] = []
    await walkToConfirmation(page, { ...eligibleDoctorAnswers, harmThoughts: 'yes' }, async (current) => {
      const path = new URL(current.url()).pathname
      seen.push({ name: path, html: await (await context.request.get(current.url())).text() })
    })
    return seen
  } finally {
    await browser.close()
  }
}

beforeAll(async () => {
  server = await startServer()
  pages = []
  // One after another: the first request of each route renders it, and the machine is small.
  for (const { name, path, status } of PUBLIC_PAGES) {
    const response = await fetch(`${server.url}${path}`)
    pages.push({ name, path, status: response.status, expected: status, html: await response.text() })
  }
  journeyPages = await applicationPages()
})

afterAll(async () => {
  await server?.stop()
})

describe('every public page type, as the server sends it', () => {
  it('answers with the expected status', () => {
    expect(pages.map(({ name, status }) => `${name}: ${status}`)).toEqual(pages.map(({ name, expected }) => `${name}: ${expected}`))
  })

  it('is valid HTML (Nu HTML checker, errors only)', async () => {
    const errors = await validateHtml(pages)
    expect(formatVnuErrors(errors)).toBe('')
  })

  it("is valid HTML on every page of an application: questions, urgent help, check your answers, confirmation", async () => {
    const names = journeyPages.map(({ name }) => name)
    expect(names).toEqual(expect.arrayContaining(['/apply/psu-application/region', '/apply/psu-application/urgent-help', '/apply/psu-application/check-answers', '/apply/psu-application/confirmation']))
    const errors = await validateHtml(journeyPages)
    expect(formatVnuErrors(errors)).toBe('')
  })

  it('names the site once in its title', () => {
    const site = seedSiteSettings.serviceName
    const titles = pages.map(({ name, html }) => {
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
      return { name, title, times: title.split(site).length - 1 }
    })
    expect(titles.filter(({ times }) => times !== 1)).toEqual([])
  })
})

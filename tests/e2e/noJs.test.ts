import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, publishResource } from './support/adminApi'

jest.setTimeout(120_000)

// Twelve podcasts on careers (two pages of ten) and one on wellbeing that the topic filter drops.
const CAREERS_PODCASTS = 12

let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  const { adminToken } = await createStaff(server.url)
  for (let n = 1; n <= CAREERS_PODCASTS; n += 1) {
    const number = String(n).padStart(2, '0')
    await publishResource(server.url, adminToken, {
      title: `Careers podcast ${number}`,
      slug: `careers-podcast-${number}`,
      type: 'podcast',
      summary: `Episode ${number} of a podcast about postgraduate careers.`,
      topics: ['careers'],
      audiences: ['doctors'],
    })
  }
  await publishResource(server.url, adminToken, {
    title: 'Wellbeing podcast',
    slug: 'wellbeing-podcast',
    type: 'podcast',
    summary: 'A podcast about looking after yourself in training.',
    topics: ['wellbeing'],
    audiences: ['all-trainees'],
  })
  context = await newContext(browser, server.url, { javaScriptEnabled: false })
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

/** The resource pages linked from the results, in order. */
const resultSlugs = (page: Page): Promise<string[]> =>
  page
    .getByRole('main')
    .locator('a[href^="/resources/"]')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace('/resources/', '')))

const query = (page: Page) => new URL(page.url()).searchParams

describe('without JavaScript', () => {
  it('runs with scripts really off', async () => {
    const page = await context.newPage()
    await page.goto('/resources')
    // Next's inline scripts fill self.__next_f as the page streams; with scripts off it stays unset.
    await expect(page.evaluate(() => '__next_f' in self)).resolves.toBe(false)
    await page.close()
  })

  it('filters resources by type and topic, and pagination keeps the filters', async () => {
    const page = await context.newPage()
    await page.goto('/resources')
    await page.getByRole('checkbox', { name: /^Podcast \(\d+\)$/ }).check()
    await page.getByRole('checkbox', { name: /^Careers \(\d+\)$/ }).check()
    await Promise.all([page.waitForURL(/\/resources\?/), page.getByRole('button', { name: 'Apply filters' }).click()])

    expect(query(page).getAll('type')).toEqual(['podcast'])
    expect(query(page).getAll('topic')).toEqual(['careers'])
    await expect(page.getByRole('main').textContent()).resolves.toContain(`of ${CAREERS_PODCASTS} resources`)
    const first = await resultSlugs(page)
    expect(first).toHaveLength(10)
    expect(first.every((slug) => slug.startsWith('careers-podcast-'))).toBe(true)
    await expect(page.getByRole('checkbox', { name: /^Podcast \(\d+\)$/ }).isChecked()).resolves.toBe(true)

    const next = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /next/i })
    await Promise.all([page.waitForURL(/page=2/), next.click()])
    expect(query(page).getAll('type')).toEqual(['podcast'])
    expect(query(page).getAll('topic')).toEqual(['careers'])
    expect(query(page).get('page')).toBe('2')
    const second = await resultSlugs(page)
    expect(second).toHaveLength(CAREERS_PODCASTS - 10)
    expect(second.every((slug) => slug.startsWith('careers-podcast-'))).toBe(true)
    expect(new Set([...first, ...second]).size).toBe(CAREERS_PODCASTS)
    await expect(page.getByRole('checkbox', { name: /^Careers \(\d+\)$/ }).isChecked()).resolves.toBe(true)

    const back = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 1' })
    const backQuery = new URL((await back.getAttribute('href')) ?? '', server.url).searchParams
    expect(backQuery.getAll('type')).toEqual(['podcast'])
    expect(backQuery.getAll('topic')).toEqual(['careers'])
    await page.close()
  })

  it('filters by type alone: the wellbeing podcast joins, other types leave', async () => {
    const page = await context.newPage()
    await page.goto('/resources')
    await page.getByRole('checkbox', { name: /^Podcast \(\d+\)$/ }).check()
    await Promise.all([page.waitForURL(/type=podcast/), page.getByRole('button', { name: 'Apply filters' }).click()])
    await expect(page.getByRole('main').textContent()).resolves.toContain(`of ${CAREERS_PODCASTS + 1} resources`)
    await page.goto('/resources?type=course')
    await expect(resultSlugs(page)).resolves.toEqual(['online-courses'])
    await page.close()
  })

  it('finds the Coaching Service through the search form', async () => {
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('coaching')
    await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Search', exact: true }).click()])
    expect(query(page).get('q')).toBe('coaching')
    const hit = page.getByRole('main').getByRole('link', { name: 'Coaching Service' })
    await expect(hit.first().getAttribute('href')).resolves.toBe('/services/coaching-service')
    await page.close()
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { seedServices } from '@/seed/content/services'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, publishService } from './support/adminApi'

jest.setTimeout(120_000)

const INTRO =
  'The Professional Support Unit (PSU) is a free service primarily dedicated to supporting the progression of postgraduate training for healthcare professionals.'

const NEW_SERVICE = {
  title: 'Peer Mentoring',
  slug: 'peer-mentoring',
  summary: 'Mentoring from a trainee a few years ahead of you.',
  group: 'tab',
}

let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  context = await newContext(browser, server.url)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

describe('public site', () => {
  it('shows the PSU introduction on the home page', async () => {
    const page = await context.newPage()
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.getByText(INTRO, { exact: false }).first().isVisible()).resolves.toBe(true)
    await page.close()
  })

  it.each(seedServices)('serves /services/$slug with its title as heading and page title', async ({ slug, title }) => {
    const page = await context.newPage()
    const response = await page.goto(`/services/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title)
    expect(await page.title()).toContain(title)
    await page.close()
  })

  it('answers an unknown service with the NHS "page not found" page', async () => {
    const page = await context.newPage()
    const response = await page.goto('/services/no-such-service')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found')
    await expect(page.getByText('If you entered a web address, check it was correct.').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('link', { name: 'Urgent help' }).first().isVisible()).resolves.toBe(true)
    await page.close()
  })

  it('lists every service in sitemap.xml, including one published after the build', async () => {
    const sitemapPaths = async (): Promise<string[]> => {
      const response = await fetch(`${server.url}/sitemap.xml`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('xml')
      const xml = await response.text()
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
    }
    const seeded = await sitemapPaths()
    for (const { slug } of seedServices) expect(seeded).toContain(`/services/${slug}`)

    const { adminToken } = await createStaff(server.url)
    await publishService(server.url, adminToken, NEW_SERVICE)
    await expect(sitemapPaths()).resolves.toContain(`/services/${NEW_SERVICE.slug}`)
    const page = await context.newPage()
    await page.goto(`/services/${NEW_SERVICE.slug}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NEW_SERVICE.title)
    await page.close()
  })

  it('reports health with the database status', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { status: string; database: Record<string, unknown> }
    expect(body.status).toBe('ok')
    expect(body.database).toEqual(expect.objectContaining({ adapter: 'sqlite', status: 'up' }))
  })
})

describe('health with the database down', () => {
  let downServer: RunningServer | undefined

  afterAll(async () => downServer?.stop())

  it('answers 503 promptly when MongoDB cannot be reached', async () => {
    // Port 9 (discard) has no MongoDB behind it.
    downServer = await startServer({ env: { DATABASE_URI: 'mongodb://127.0.0.1:9/psu' }, waitFor: 'listening' })
    const timings: number[] = []
    // The first request also loads the server code; the second is the steady state a load balancer sees.
    for (const limit of [25_000, 10_000]) {
      const started = Date.now()
      const response = await fetch(`${downServer.url}/api/health`, { signal: AbortSignal.timeout(limit + 5000) })
      const body = (await response.json()) as { status: string; database: Record<string, unknown> }
      timings.push(Date.now() - started)
      expect(response.status).toBe(503)
      expect(body.status).not.toBe('ok')
      expect(body.database).toEqual(expect.objectContaining({ adapter: 'mongodb', status: 'down' }))
      expect(timings.at(-1)).toBeLessThan(limit)
    }
    console.log(`/api/health with MongoDB down answered 503 in ${timings.join(' ms, then ')} ms`)
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, BrowserContext } from 'playwright-core'

import { paths } from '@/site/paths'
import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, EDITOR } from './support/adminApi'

jest.setTimeout(120_000)

const SERVICE_PATH = paths.service('coaching-service')
const NEW_TITLE = 'Coaching Service for trainees'
const PUBLISH_DEADLINE_MS = 2000

let server: RunningServer
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  await createStaff(server.url)
  context = await newContext(browser, server.url)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

type PublicView = { h1: string; cache: string | null; prerendered: boolean }

/** The public page as a visitor's request sees it: its heading and Next's cache headers. */
async function fetchService(): Promise<PublicView> {
  const response = await fetch(`${server.url}${SERVICE_PATH}`)
  const html = await response.text()
  expect(response.status).toBe(200)
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''
  return {
    h1: h1.replace(/<[^>]+>/g, '').trim(),
    cache: response.headers.get('x-nextjs-cache'),
    // Next 16 sends `x-nextjs-prerender: 1` twice, which fetch joins as "1, 1".
    prerendered: (response.headers.get('x-nextjs-prerender') ?? '').split(',').some((value) => value.trim() === '1'),
  }
}

describe('an editor publishes a change from the admin', () => {
  it('serves the service page from the cache before the change', async () => {
    await fetchService()
    const second = await fetchService()
    expect(second.h1).toBe('Coaching Service')
    // Next 16 marks a page answered from its full-route cache with these two headers.
    expect(second.cache).toBe('HIT')
    expect(second.prerendered).toBe(true)
  })

  it('shows the new title on the public page within two seconds of publishing', async () => {
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(EDITOR.email)
    await page.getByLabel('Password').fill(EDITOR.password)
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
      page.getByRole('button', { name: 'Login' }).click(),
    ])

    await page.goto('/admin/collections/services')
    await Promise.all([
      page.waitForURL(/\/admin\/collections\/services\/[^/]+$/),
      page.getByRole('link', { name: 'Coaching Service', exact: true }).click(),
    ])
    const title = page.getByRole('textbox', { name: /^Title/ })
    await expect(title.inputValue()).resolves.toBe('Coaching Service')
    await title.fill(NEW_TITLE)

    const publish = page.getByRole('button', { name: 'Publish changes' })
    await publish.click()
    const clicked = Date.now()

    let view = await fetchService()
    while (view.h1 !== NEW_TITLE && Date.now() - clicked < PUBLISH_DEADLINE_MS * 5) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      view = await fetchService()
    }
    const elapsed = Date.now() - clicked
    console.log(`published title visible on ${SERVICE_PATH} ${elapsed} ms after the Publish click`)
    expect(view.h1).toBe(NEW_TITLE)
    expect(elapsed).toBeLessThan(PUBLISH_DEADLINE_MS)

    // The regenerated page is cached again for the next visitor.
    const again = await fetchService()
    expect(again).toEqual({ h1: NEW_TITLE, cache: 'HIT', prerendered: true })
    await page.close()
  })
})

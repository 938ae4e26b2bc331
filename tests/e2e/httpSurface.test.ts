import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser, newContext } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { ADMIN, createStaff } from './support/adminApi'
import { signIn } from './support/adminUi'

jest.setTimeout(180_000)

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  await createStaff(server.url)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init })

describe('security headers on the site, the admin and the API', () => {
  it.each(['/', '/services/careers-unit', '/urgent-help', '/admin/login', '/api/services', '/api/health', '/no-such-page'])('%s', async (path) => {
    const response = await get(path)
    await response.arrayBuffer()
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('same-origin')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/)
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('keeps the home page prerendered', async () => {
    const response = await get('/')
    await response.arrayBuffer()
    expect(response.headers.get('x-nextjs-prerender') ?? response.headers.get('x-nextjs-cache')).toBeTruthy()
  })
})

describe('the preview exit redirects only within the site', () => {
  it.each([
    ['/services/careers-unit', '/services/careers-unit'],
    ['/%09/evil.example', '/'],
    ['//evil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['https://evil.example/', '/'],
    ['/%0d%0aSet-Cookie:%20x=1', '/Set-Cookie:%20x=1'],
    ['%0d%0a//evil.example', '/'],
    ['/.//evil.example', '/'],
  ])('path=%s → %s', async (path, expected) => {
    const response = await get(`/preview/exit?path=${path}`)
    await response.arrayBuffer()
    expect(response.status).toBeGreaterThanOrEqual(300)
    expect(response.status).toBeLessThan(400)
    const location = new URL(response.headers.get('location') ?? '', server.url)
    expect(location.origin).toBe(new URL(server.url).origin)
    expect(`${location.pathname}${location.search}`).toBe(expected)
    expect(response.headers.get('set-cookie') ?? '').not.toMatch(/x=1/)
  })
})

describe('CSRF: a signed-in browser cookie only works from the site itself', () => {
  async function adminCookie(): Promise<string> {
    const response = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    await response.arrayBuffer()
    const token = /payload-token=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1]
    if (!token) throw new Error('no session cookie')
    return `payload-token=${token}`
  }
  const newAdmin = (email: string) => {
    const body = new FormData()
    body.set('_payload', JSON.stringify({ email, password: 'Csrf-test-password-1', name: 'Csrf Test', roles: ['admin'] }))
    return body
  }

  it.each([
    ['https://evil.example', 'evil@psu.test', false],
    ['null', 'null-origin@psu.test', false],
    ['SITE', 'same-origin@psu.test', true],
  ])('Origin %s', async (origin, email, allowed) => {
    const cookie = await adminCookie()
    const response = await get('/api/users', { method: 'POST', headers: { cookie, origin: origin === 'SITE' ? server.url : origin }, body: newAdmin(email) })
    await response.arrayBuffer()
    if (allowed) expect(response.status).toBe(201)
    else expect([401, 403]).toContain(response.status)
    const me = await get('/api/users/me', { headers: { cookie, origin: origin === 'SITE' ? server.url : origin } })
    const body = (await me.json()) as { user: unknown }
    expect(body.user === null).toBe(!allowed)
  })
})

describe('the admin under the content security policy', () => {
  it('signs in, opens a document and frames the site as live preview does, with no CSP violation', async () => {
    const context = await newContext(browser, server.url)
    const page = await context.newPage()
    const violations: string[] = []
    // Payload's default avatar comes from gravatar: the policy blocking that leak is intended.
    page.on('console', (message) => {
      const text = message.text()
      if (/content security policy/i.test(text) && !/^Loading the image 'https:\/\/www\.gravatar\.com\//.test(text)) violations.push(text)
    })
    page.on('pageerror', (error) => violations.push(error.message))
    await signIn(page, ADMIN)
    await page.goto('/admin/collections/services')
    await page.getByRole('link', { name: 'Careers Unit' }).first().click()
    await page.locator('form[data-form-ready="true"]').waitFor()
    const framedTitle = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const frame = document.createElement('iframe')
          frame.src = '/services/careers-unit'
          frame.onload = () => resolve(frame.contentDocument?.title ?? '')
          document.body.append(frame)
        }),
    )
    expect(framedTitle).toMatch(/Careers Unit/)
    expect(violations).toEqual([])
    await context.close()
  })
})

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { paths, previewPath } from '@/site/paths'
import { startServer, type RunningServer } from '../helpers/server'
import { createStaff, EDITOR, login } from './support/adminApi'

jest.setTimeout(120_000)

const SLUG = 'coaching-service'
const PUBLISHED_TITLE = 'Coaching Service'
const DRAFT_TITLE = 'Coaching Service (draft not yet published)'

let server: RunningServer
let editorToken: string
/** Next's draft-mode cookie, as the preview route hands it to a signed-in editor. */
let bypassCookie: string

/**
 * A browser's navigation with these cookies: it says it was not sent by another site (Payload
 * reads the login cookie only then), as anyone replaying copied cookies can say too.
 */
const navigation = (cookies: string[]) => ({ 'sec-fetch-site': 'none', ...(cookies.length ? { cookie: cookies.join('; ') } : {}) })

/** The service page's heading and whether it says it is a preview, for a request with these cookies. */
async function serviceAs(cookies: string[]): Promise<{ h1: string; preview: boolean }> {
  const response = await fetch(`${server.url}${paths.service(SLUG)}`, { headers: navigation(cookies) })
  expect(response.status).toBe(200)
  const html = await response.text()
  const h1 = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').trim()
  return { h1, preview: html.includes('You are previewing a draft') }
}

const api = (path: string, init: RequestInit = {}, token = editorToken) =>
  fetch(`${server.url}/api/${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })

beforeAll(async () => {
  server = await startServer()
  await createStaff(server.url)
  editorToken = await login(server.url, EDITOR)
  const found = (await (await api(`services?where[slug][equals]=${SLUG}&depth=0`)).json()) as { docs: { id: number }[] }
  const saved = await api(`services/${found.docs[0].id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: DRAFT_TITLE }) })
  expect(saved.status).toBe(200)

  const started = await fetch(`${server.url}${previewPath('services', SLUG)}`, {
    headers: navigation([`payload-token=${editorToken}`]),
    redirect: 'manual',
  })
  expect(started.status).toBe(307)
  bypassCookie = started.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass='))?.split(';')[0] ?? ''
  expect(bypassCookie).not.toBe('')
})

afterAll(async () => {
  await server?.stop()
})

describe('draft preview needs a live staff session', () => {
  it('shows the draft to the editor who started the preview', async () => {
    await expect(serviceAs([bypassCookie, `payload-token=${editorToken}`])).resolves.toEqual({ h1: DRAFT_TITLE, preview: true })
  })

  it.each([
    ['no cookie', () => []],
    ['the draft-mode cookie alone (copied from a manager)', () => [bypassCookie]],
    ['the draft-mode cookie with a forged login token', () => [bypassCookie, `payload-token=${editorToken.slice(0, -4)}AAAA`]],
  ])('shows the published page to a request with %s', async (_, cookies) => {
    await expect(serviceAs(cookies())).resolves.toEqual({ h1: PUBLISHED_TITLE, preview: false })
  })

  it('refuses to start a preview without a staff session', async () => {
    const started = await fetch(`${server.url}${previewPath('services', SLUG)}`, { headers: navigation([]), redirect: 'manual' })
    expect(started.status).toBe(401)
    expect(started.headers.getSetCookie().some((cookie) => cookie.startsWith('__prerender_bypass='))).toBe(false)
  })

  it('shows the published page once the editor has logged out, even with both old cookies', async () => {
    const ended = await api('users/logout', { method: 'POST' })
    expect(ended.status).toBe(200)
    await expect(serviceAs([bypassCookie, `payload-token=${editorToken}`])).resolves.toEqual({ h1: PUBLISHED_TITLE, preview: false })
  })
})

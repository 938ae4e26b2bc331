import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { seedSiteSettings } from '@/seed/content/siteSettings'
import { startServer, type RunningServer } from '../helpers/server'
import { formatVnuErrors, validateHtml } from '../helpers/vnu'
import { PUBLIC_PAGES } from './support/publicPages'

jest.setTimeout(180_000)

let server: RunningServer
let pages: { name: string; path: string; status: number; expected: number; html: string }[]

beforeAll(async () => {
  server = await startServer()
  pages = []
  // One after another: the first request of each route renders it, and the machine is small.
  for (const { name, path, status } of PUBLIC_PAGES) {
    const response = await fetch(`${server.url}${path}`)
    pages.push({ name, path, status: response.status, expected: status, html: await response.text() })
  }
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

  it('names the site once in its title', () => {
    const site = seedSiteSettings.serviceName
    const titles = pages.map(({ name, html }) => {
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
      return { name, title, times: title.split(site).length - 1 }
    })
    expect(titles.filter(({ times }) => times !== 1)).toEqual([])
  })
})

import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

import type { Answers } from '@/forms/types'

/** The most pages a seeded form can take; a walk that goes on longer is looping. */
const MAX_PAGES = 40
const DATE_PARTS = ['day', 'month', 'year'] as const

/** The question keys the current page's form asks, as its controls name them. */
async function namesOnPage(page: Page): Promise<string[]> {
  const names = await page.locator('main form [name]').evaluateAll((elements) => elements.map((element) => element.getAttribute('name') ?? ''))
  return [...new Set(names)]
}

/** A control name back to its question key: `dateOfBirth-day` → `dateOfBirth`. */
const keyOf = (name: string) => name.replace(/-(day|month|year|line1|line2|town|county|postcode)$/, '')

/** Fills one control from the answers, the way a person would: type, tick or choose. */
async function fillControl(page: Page, name: string, answers: Answers): Promise<void> {
  const key = keyOf(name)
  if (!(key in answers)) return
  const value = answers[key]
  const control = page.locator(`main form [name="${name}"]`)
  const type = await control.first().getAttribute('type')
  if (type === 'radio' || type === 'checkbox') {
    const chosen = Array.isArray(value) ? value.map(String) : [String(value)]
    for (const option of chosen) {
      const box = page.locator(`main form input[name="${name}"][value="${option}"]`)
      if ((await box.count()) > 0) await box.check()
    }
    return
  }
  if (type === 'hidden') return
  const part = name.slice(key.length + 1)
  if ((DATE_PARTS as readonly string[]).includes(part)) {
    const [year, month, day] = String(value).split('-')
    await control.fill(String(Number({ day, month, year }[part as (typeof DATE_PARTS)[number]])))
    return
  }
  if (part && typeof value === 'object' && value !== null) {
    await control.fill(String((value as Record<string, unknown>)[part] ?? ''))
    return
  }
  await control.fill(String(value))
}

/**
 * Walks a form from its first question page to the confirmation, answering each page from
 * `answers` by its controls' names, so the walk holds however the questions are grouped into
 * pages. Urgent-help interruptions are read and continued past. `onEachPage` sees every page
 * as it arrives, the confirmation included. Returns the pages' headings.
 */
export async function walkToConfirmation(page: Page, answers: Answers, onEachPage?: (page: Page) => Promise<void>): Promise<string[]> {
  const headings: string[] = []
  for (let step = 0; step < MAX_PAGES; step += 1) {
    const path = new URL(page.url()).pathname
    await onEachPage?.(page)
    headings.push(await page.locator('h1').first().innerText())
    if (path.endsWith('/confirmation')) return headings
    await expect(page.locator('.nhsuk-error-summary').count()).resolves.toBe(0)
    if (path.endsWith('/check-answers')) {
      await page.getByRole('button', { name: 'Accept and send' }).click()
    } else if (path.endsWith('/urgent-help')) {
      await page.locator('main').getByRole('button').or(page.locator('main a.nhsuk-button')).first().click()
    } else {
      for (const name of await namesOnPage(page)) await fillControl(page, name, answers)
      await page.locator('main form').getByRole('button', { name: /^(Continue|Save and continue)$/ }).click()
    }
    await page.waitForLoadState()
  }
  throw new Error(`no confirmation after ${MAX_PAGES} pages: ${headings.join(' → ')}`)
}

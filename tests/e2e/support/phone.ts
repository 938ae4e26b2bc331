import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

/** The phone the front door is tried on (an iPhone 12–15 sized viewport). */
export const PHONE = { width: 390, height: 844 }

export const banner = (page: Page) => page.getByRole('banner')

/** Opens the header's "More" menu (a `<details>`: no script involved) and returns its links. */
export async function openMore(page: Page) {
  await banner(page).locator('summary', { hasText: 'More' }).click()
  const menu = banner(page).locator('.nhsuk-header__menu-list')
  await expect(menu.isVisible()).resolves.toBe(true)
  return menu.getByRole('link')
}

export const pathname = (page: Page) => new URL(page.url()).pathname

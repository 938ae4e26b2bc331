import type { Page } from 'playwright-core'

import type { Credentials } from './adminApi'

/** Signs in on Payload's login page and waits for the admin to open. */
export async function signIn(page: Page, { email, password }: Credentials): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
    page.getByRole('button', { name: 'Login' }).click(),
  ])
}

/** Waits until the document form has hydrated and is not saving (Payload's `data-form-ready`). */
export async function formReady(page: Page): Promise<void> {
  await page.locator('form[data-form-ready="true"]').waitFor()
}

/**
 * Payload posts the edit form's state to the server 250 ms after each change and merges the
 * answer back, and an answer that lands after a save can wipe the errors the save showed. This
 * resolves once the state that contains `text` has been answered: start it before the change
 * that types `text`, and await it before saving.
 */
export function formStateAnswered(page: Page, text: string, timeout = 30_000): Promise<unknown> {
  return page.waitForResponse(
    (response) => {
      const body = response.request().postData() ?? ''
      return response.request().method() === 'POST' && body.includes('"form-state"') && body.includes(text)
    },
    { timeout },
  )
}

/** Polls `check` until it returns a value other than `undefined`, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Follows a link in the admin's side navigation as a person would: opens the menu first when
 * Payload has folded it away (its "Open Menu" button), then clicks the link.
 */
export async function followAdminNav(page: Page, name: string): Promise<void> {
  await page.locator('.template-default--nav-hydrated').waitFor()
  if ((await page.locator('.template-default--nav-open').count()) === 0) {
    await page.getByRole('button', { name: 'Open Menu' }).first().click()
    await page.locator('.template-default--nav-open').waitFor()
  }
  const link = page.locator('nav').getByRole('link', { name, exact: true })
  const href = String(await link.getAttribute('href'))
  await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()])
}

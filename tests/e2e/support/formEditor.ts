import type { Locator, Page } from 'playwright-core'

/**
 * Driving Payload's form editor (Forms › a form) the way an editor does: pages are array rows,
 * questions are blocks inside them, conditions are array rows of "key – operator – values".
 * Payload names inputs by path (`pages.5.questions.0.key`) and gives each row an id
 * (`pages-row-5`, `pages-5-questions-row-0`), which these helpers use to scope labels that
 * repeat on every page.
 */

/**
 * Opens an array row or block if it is collapsed (Payload remembers each row's state per user).
 * The toggle is clicked again if the row does not open: form state arriving from the server can
 * overwrite a click made while it was on its way.
 */
export async function expand(row: Locator): Promise<void> {
  const own = row.locator(':scope > .collapsible')
  const open = row.locator(':scope > .collapsible:not(.collapsible--collapsed)')
  // A row just added shows placeholders until the server has built its fields.
  await row.locator('.shimmer-effect').first().waitFor({ state: 'detached' })
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    if (!(await own.getAttribute('class'))?.includes('collapsible--collapsed')) return
    await row.getByRole('button', { name: 'Toggle block' }).first().click()
    await open.waitFor({ timeout: 2000 }).catch(() => undefined)
  }
  throw new Error('the row stays collapsed')
}

/** The index of the page whose "Page key" is `pageId`. */
export async function pageIndex(page: Page, pageId: string): Promise<number> {
  const keys = await page
    .locator('input[name^="pages."][name$=".pageId"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  const index = keys.indexOf(pageId)
  if (index < 0) throw new Error(`no page with key "${pageId}" in the editor (pages: ${keys.join(', ')})`)
  return index
}

/** The page's row, opened. */
export async function openPage(page: Page, pageId: string): Promise<{ index: number; row: Locator }> {
  const index = await pageIndex(page, pageId)
  const row = page.locator(`#pages-row-${index}`)
  await expand(row)
  return { index, row }
}

/** A question block on a page, found by its key, with its fields open. */
export async function openQuestion(page: Page, pageAt: number, key: string): Promise<Locator> {
  // A collapsed block renders no fields, so open them all to read their keys.
  await page.locator(`#field-pages__${pageAt}__questions`).getByRole('button', { name: 'Show All' }).first().click()
  await page.locator(`input[name="pages.${pageAt}.questions.0.key"]`).waitFor()
  const keys = await page
    .locator(`input[name^="pages.${pageAt}.questions."][name$=".key"]`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  const index = keys.indexOf(key)
  if (index < 0) throw new Error(`no question "${key}" on page ${pageAt + 1} (questions: ${keys.join(', ')})`)
  const block = page.locator(`#pages-${pageAt}-questions-row-${index}`)
  await expand(block)
  return block
}

/** A field's wrapper, found through its label (`for` is the field's id, e.g. `field-pages__5__kind`). */
export function fieldById(page: Page, id: string): Locator {
  return page.locator(`label[for="${id}"]`).locator('..')
}

/** Chooses an option of one of Payload's select fields (a react-select). */
export async function choose(page: Page, id: string, option: string | RegExp): Promise<void> {
  await fieldById(page, id).locator('.rs__control').click()
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
}

/** Adds values to a "has many" text field, each typed and confirmed with Enter. */
export async function addValues(page: Page, id: string, values: string[]): Promise<void> {
  const control = fieldById(page, id).locator('.rs__control')
  for (const value of values) {
    await control.click()
    await page.keyboard.type(value)
    await page.keyboard.press('Enter')
    await control.locator('.multi-value').filter({ hasText: value }).first().waitFor()
  }
}

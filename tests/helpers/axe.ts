import { expect } from '@jest/globals'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'

import { newContext } from './browser'

/** One failed axe rule, with the elements it failed on, in a form that reads well in a test failure. */
export type AxeViolation = {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  targets: string[]
}

const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

type AxeResultsLike = {
  violations: {
    id: string
    impact?: string | null
    help: string
    helpUrl: string
    nodes: { target: unknown[] }[]
  }[]
}

/** Runs axe-core in the page (works with page scripts disabled too) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(async (runOnly: string[]) => {
    const runner = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResultsLike> } }).axe
    const { violations } = await runner.run(document, { runOnly })
    return {
      violations: violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact: impact ?? null,
        help,
        helpUrl,
        nodes: nodes.map(({ target }) => ({ target: target.map(String) })),
      })),
    }
  }, RULE_TAGS)
  return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
    id,
    impact: impact ?? null,
    help,
    helpUrl,
    targets: nodes.map(({ target }) => target.join(' ')),
  }))
}

/** One line per violation, then its elements: for a failure message or the console. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(({ id, impact, help, helpUrl, targets }) => `${id} [${impact ?? 'n/a'}] ${help} (${helpUrl})\n    ${targets.join('\n    ')}`)
    .join('\n')
}

/**
 * axe needs page scripts, so it audits the same address in a second browser that shares the
 * page's cookies (the server shows the same step, errors included) with the app's scripts
 * blocked: exactly the HTML a browser without JavaScript gets.
 */
export async function expectNoAxeViolationsWithoutScripts(browser: Browser, baseURL: string, page: Page, name: string): Promise<void> {
  const audit = await newContext(browser, baseURL)
  await audit.addCookies(await page.context().cookies())
  await audit.route(/\/_next\/static\/.*\.js$/, (route) => route.abort())
  const copy = await audit.newPage()
  await copy.goto(page.url())
  const violations = await axeViolations(copy)
  await audit.close()
  if (violations.length > 0) console.error(`axe on ${name} (${page.url()}):\n${formatViolations(violations)}`)
  expect(violations).toEqual([])
}

import type { Browser, Page } from 'playwright-core'

import { newContext } from '../../helpers/browser'

export const DYSLEXIA_APPLICATION = '/apply/dyslexia-assessment'

/** Continues to the next page and waits for it to load (the form posts without JavaScript). */
async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click()
  await page.waitForLoadState()
}
const answer = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check()

/**
 * A trainee, in a fresh browser with JavaScript off, answers the seeded dyslexia assessment
 * application up to the exams question, one page at a time: eligible, exams not affected, but finishing written
 * exams in time is one of their difficulties. Returns the page the journey went to next.
 */
export async function answerUpToDifficulties(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await newContext(browser, baseUrl, { javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(DYSLEXIA_APPLICATION)
  await page.getByRole('button', { name: 'Start now' }).click()
  await answer(page, 'inPostgraduateMedicalEducation', 'yes')
  await next(page)
  await answer(page, 'londonOrSouthEast', 'yes')
  await next(page)
  await answer(page, 'previousFullAssessment', 'no')
  await next(page)
  await page.getByLabel('First name').fill('Priya')
  await page.getByLabel('Last name').fill('Shah')
  await next(page)
  await page.getByLabel('What is your email address?').fill('priya@example.com')
  await next(page)
  await page.getByLabel('What is your phone number?').fill('020 7946 0123')
  await next(page)
  await next(page) // GMC number: optional
  await page.getByLabel('What is your grade?').fill('ST3')
  await next(page)
  await page.getByLabel('Which training programme are you on?').fill('Core Surgical Training')
  await next(page)
  await page.getByLabel('Finishing written exams in the time allowed').check()
  await next(page)
  await answer(page, 'examsAffected', 'no')
  await next(page)
  return page
}

/** Answers the exams question and continues; returns the NHS error summary's text, or '' when there is none. */
export async function answerExams(page: Page, exams: string): Promise<string> {
  await page.getByLabel('Which exams have been affected?').fill(exams)
  await next(page)
  const summary = page.locator('.nhsuk-error-summary')
  return (await summary.count()) > 0 ? summary.innerText() : ''
}

import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

export const PSU_APPLICATION = '/apply/psu-application'

/** Continues to the next page and waits for it to load (the form posts without JavaScript). */
export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Continue|Save and continue)$/ }).click()
  await page.waitForLoadState()
}

export const choose = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check()
const fill = (label: string, value: string) => (page: Page) => page.getByLabel(label, { exact: true }).fill(value)
const pick = (name: string, value: string) => (page: Page) => choose(page, name, value)
const leaveBlank = async () => {}

/** One page of the application: its id, and how the trainee answers it. */
export type Step = [pageId: string, answer: (page: Page) => Promise<unknown>]

export type Applicant = { staffGroup: 'doctor' | 'pharmacy'; firstName: string; lastName: string; email: string }

/**
 * The seeded PSU application, page by page, up to (not including) the wellbeing question, for
 * a doctor with a training number or a foundation pharmacist in London.
 */
export function stepsToWellbeing(who: Applicant): Step[] {
  const doctor = who.staffGroup === 'doctor'
  const facts: Step[] = doctor
    ? [
        ['training-number', pick('hasTrainingNumber', 'yes')],
        ['workforce-scheme', pick('workforceScheme', 'none')],
      ]
    : [['pharmacy-programme', pick('pharmacyProgramme', 'foundation')]]
  return [
    ['region', pick('region', 'london')],
    ['staff-group', pick('staffGroup', who.staffGroup)],
    ...facts,
    [
      'name',
      async (page) => {
        await fill('First name', who.firstName)(page)
        await fill('Last name', who.lastName)(page)
      },
    ],
    [
      'date-of-birth',
      async (page) => {
        await fill('Day', '12')(page)
        await fill('Month', '11')(page)
        await fill('Year', '1993')(page)
      },
    ],
    ['email', fill('What is your email address?', who.email)],
    ['phone', fill('What is your phone number?', '020 7946 0123')],
    ['address', leaveBlank],
    [doctor ? 'gmc-number' : 'gphc-number', leaveBlank],
    ['grade', fill('What is your grade?', doctor ? 'ST4' : 'Foundation')],
    ['specialty', fill('What is your specialty?', doctor ? 'Paediatrics' : 'Pharmacy')],
    ['training-programme', fill('Which training programme are you on?', doctor ? 'Paediatrics' : 'Foundation pharmacist')],
    ['trust', fill('Which trust employs you?', 'Barts Health')],
    ['services', leaveBlank],
    ['what-support', fill('What support would you like?', 'Someone to talk to')],
    ['previous-support', pick('previousSupport', 'no')],
  ]
}

/** Answers each step on its own page, checking the journey goes page by page as listed. */
export async function answerSteps(page: Page, baseUrl: string, steps: Step[]): Promise<void> {
  for (const [pageId, answer] of steps) {
    expect(page.url()).toBe(`${baseUrl}${PSU_APPLICATION}/${pageId}`)
    await answer(page)
    await next(page)
  }
}

/** The consent page's two agreements, then on to check your answers. */
export async function consent(page: Page): Promise<void> {
  await page.getByLabel('I agree to the PSU contacting me about this application').check()
  await page.locator('input[name="consentToShare"]').check()
  await next(page)
}

import { DYSLEXIA_ASSESSMENT_SLUG, dyslexiaAssessmentForm } from './dyslexiaAssessment'
import { PSU_APPLICATION_SLUG, psuApplicationForm } from './psuApplication'
import type { SeedForm } from './types'

export { DYSLEXIA_ASSESSMENT_SLUG, PSU_APPLICATION_SLUG, dyslexiaAssessmentForm, psuApplicationForm }
export { toFormDocument } from './toFormDocument'
export type { SeedForm, SeedMessages, SeedPage } from './types'

/** The forms seeded into an empty database. */
export const seedFormContent: SeedForm[] = [psuApplicationForm, dyslexiaAssessmentForm]

/** The form each service applies through: dyslexia assessments has its own, the rest share one. */
export function applicationFormFor(serviceSlug: string): string {
  return serviceSlug === 'dyslexia-assessments' ? DYSLEXIA_ASSESSMENT_SLUG : PSU_APPLICATION_SLUG
}

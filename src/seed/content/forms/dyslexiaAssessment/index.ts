import type { SeedForm } from '../types'
import { alreadyAssessedPage, eligibilityPages, notEligiblePage } from './eligibility'
import { dyslexiaAssessmentMessages } from './messages'
import { aboutYouPages, consentPage, difficultiesPages } from './questions'

export const DYSLEXIA_ASSESSMENT_SLUG = 'dyslexia-assessment'

/** The Dyslexia Assessments application: its own eligibility questions, then the referral. */
export const dyslexiaAssessmentForm: SeedForm = {
  slug: DYSLEXIA_ASSESSMENT_SLUG,
  title: 'Apply for a dyslexia assessment',
  intro:
    'If you are in postgraduate medical education in London & the South East and have not had a full assessment previously for dyslexia you may be eligible for an assessment.',
  pages: [...eligibilityPages, notEligiblePage, alreadyAssessedPage, ...aboutYouPages, ...difficultiesPages, consentPage],
  eligibilityGate: false,
  routing: { rules: [], defaultService: 'dyslexia-assessments' },
  messages: dyslexiaAssessmentMessages,
  retentionDays: 730,
  urgentContactWorkingDays: 1,
}

import type { SeedForm } from '../types'
import { aboutYouPages } from './aboutYou'
import { psuApplicationMessages } from './messages'
import { consentPage, serviceRoutingRules, supportPages, wellbeingNotesPage, wellbeingPage } from './support'
import { factPages, regionExitPage, regionPage, staffGroupPage, trainingPages } from './yourRole'

export const PSU_APPLICATION_SLUG = 'psu-application'

/** The PSU page's "online application form", for trainees unsure which service fits or wanting several. */
export const psuApplicationForm: SeedForm = {
  slug: PSU_APPLICATION_SLUG,
  title: 'Apply for support from the PSU',
  intro:
    'Access to the PSU is by self-referral. If you are unsure of what services would be most useful or you would like to access multiple services, please complete the following online application form.',
  // One thing per page. The eligibility facts come first, in the checker's order, so a trainee
  // outside London and KSS leaves at once and carried-over answers are met together.
  pages: [
    regionPage,
    regionExitPage,
    staffGroupPage,
    ...factPages,
    ...aboutYouPages,
    ...trainingPages,
    ...supportPages,
    wellbeingPage,
    wellbeingNotesPage,
    consentPage,
  ],
  eligibilityGate: true,
  routing: { rules: serviceRoutingRules, defaultService: 'individual-support-team' },
  messages: psuApplicationMessages,
  retentionDays: 730,
  urgentContactWorkingDays: 1,
}

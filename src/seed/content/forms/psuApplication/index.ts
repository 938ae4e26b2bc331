import type { SeedForm } from '../types'
import { aboutYouPage } from './aboutYou'
import { psuApplicationMessages } from './messages'
import { consentPage, serviceRoutingRules, supportPage, wellbeingPage } from './support'
import { regionExitPage, yourRolePage, yourTrainingPage } from './yourRole'

export const PSU_APPLICATION_SLUG = 'psu-application'

/** The PSU page's "online application form", for trainees unsure which service fits or wanting several. */
export const psuApplicationForm: SeedForm = {
  slug: PSU_APPLICATION_SLUG,
  title: 'Apply for support from the Professional Support Unit',
  intro:
    'Access to the PSU is by self-referral. If you are unsure of what services would be most useful or you would like to access multiple services, please complete the following online application form.',
  pages: [aboutYouPage, yourRolePage, regionExitPage, yourTrainingPage, supportPage, wellbeingPage, consentPage],
  eligibilityGate: true,
  routing: { rules: serviceRoutingRules, defaultService: 'individual-support-team' },
  messages: psuApplicationMessages,
  retentionDays: 730,
  urgentContactWorkingDays: 1,
}

import type { SeedBlock } from '../../lexical'
import { seedSiteSettings } from '../siteSettings'

export const PSU_EMAIL = seedSiteSettings.contactEmail

/** The page's crisis lines, open to all NHS staff, word for word. */
export const crisisLines: SeedBlock[] = [
  `${seedSiteSettings.urgentHelp.heading}. ${seedSiteSettings.urgentHelp.text}:`,
  {
    list: [
      "The NHS Frontline service for all NHS staff: Call 0300 131 7000 (between 7am-11pm) or Text 'FRONTLINE' to 85258 (24hrs/day)",
      "The BMA's 24/7 counselling service for all doctors (including non BMA members): Call 0330 123 1245 or visit The BMA",
      'The Samaritans: Call 116 123 or visit Samaritans',
      "The Practitioner Support Programme's crisis line: Text NHSPH to 85258 or visit Practitioner Health",
    ],
  },
]

/** How to reach a PSU Coordinator, as the page's "Questions and queries?" gives it. */
export const askACoordinator: SeedBlock = `If you have a question, email a PSU Coordinator at ${PSU_EMAIL}.`

/** Said wherever a trainee might need help before the PSU replies. */
export const URGENT_HELP_NOTE =
  "If you need help sooner, see urgent help: call NHS Frontline on 0300 131 7000 (7am to 11pm) or text 'FRONTLINE' to 85258 (24 hours a day), or call the Samaritans on 116 123. In an emergency call 999."

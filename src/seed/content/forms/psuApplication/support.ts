import type { RoutingRule } from '@/forms/types'

import { seedServices } from '../../services'
import type { SeedPage } from '../types'
import { question, questionPage, when } from '../build'
import { consentToContact } from '../person'

/** The six tabs of the PSU page: each can be chosen, and each has a routing rule. */
const tabServices = seedServices.filter((service) => service.group === 'tab')
const choosable = seedServices.filter((service) => service.group === 'tab' || service.slug === 'dyslexia-assessments')

/** The support the trainee would like, one thing per page. */
export const supportPages: SeedPage[] = [
  questionPage('services', 'PSU services', [
    question('servicesOfInterest', 'checkboxes', 'Which PSU services are you interested in?', {
      hint: 'Select all that apply. If you are not sure which would be most useful, leave this blank and we will help you choose.',
      errorName: 'the PSU services you are interested in',
      required: false,
      options: choosable.map((service) => ({ value: service.slug, label: service.title })),
    }),
  ]),
  questionPage('what-support', 'The support you would like', [
    question('whatSupport', 'longText', 'What support would you like?', {
      hint: 'Tell us briefly what is happening and how you hope the PSU can help. You can write up to 2000 characters.',
      errorName: 'the support you would like',
      validation: { maxLength: 2000 },
    }),
  ]),
  questionPage('previous-support', 'Previous support', [question('previousSupport', 'yesNo', 'Have you had support from the PSU before?')]),
]

/**
 * A safeguarding question: "yes" shows urgent help at once and marks the referral urgent.
 * The hint gives the same help to anyone who reads it, whatever they answer.
 */
export const wellbeingPage = questionPage('wellbeing', 'Your wellbeing', [
  question('harmThoughts', 'yesNo', 'Are you having thoughts of harming yourself or ending your life?', {
    hint: "If you need help now, call 999 or go to A&E, text 'FRONTLINE' to 85258 (24hrs/day) or call the Samaritans on 116 123. The urgent help page lists more free and confidential support.",
    risk: { triggerValues: ['yes'] },
  }),
])

export const wellbeingNotesPage = questionPage('wellbeing-notes', 'Your health and wellbeing', [
  question('wellbeingNotes', 'longText', 'Is there anything about your health or wellbeing you would like us to know?', {
    hint: 'Optional. You can write up to 2000 characters.',
    required: false,
    validation: { maxLength: 2000 },
  }),
])

/** Two agreements the PSU needs before it can act: one declaration, so one page. */
export const consentPage = questionPage('consent', 'Contact and confidentiality', [
  consentToContact,
  question(
    'consentToShare',
    'consent',
    'I understand that the PSU will only share information with my training programme with my agreement, unless there is a risk to me or to others',
  ),
])

/** The first service ticked, in the order of the page's tabs, takes the referral. */
export const serviceRoutingRules: RoutingRule[] = tabServices.map((service) => ({
  when: when('servicesOfInterest', 'includes', service.slug),
  service: service.slug,
}))

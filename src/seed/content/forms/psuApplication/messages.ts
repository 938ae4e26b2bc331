import type { SeedMessages } from '../types'
import { PSU_EMAIL, URGENT_HELP_NOTE } from '../signposting'

/** Confirmation and emails. The service and urgent emails carry no answers: staff sign in to read them. */
export const psuApplicationMessages: SeedMessages = {
  confirmation: [
    'Thank you for applying for support from the Professional Support Unit.',
    'We will contact you within 10 working days to talk about the support that would help you most.',
    'Your reference is {{reference}}. Keep it: you will need it to check the progress of your application.',
    URGENT_HELP_NOTE,
  ].join('\n\n'),
  traineeEmail: {
    subject: 'Your application to the Professional Support Unit: {{reference}}',
    body: [
      'Dear {{firstName}},',
      'Thank you for applying for support from the Professional Support Unit. Your reference is {{reference}}.',
      URGENT_HELP_NOTE,
      `If you have a question about your application, email ${PSU_EMAIL} and quote your reference.`,
      'Professional Support Unit',
    ].join('\n\n'),
  },
  serviceEmail: {
    subject: 'New PSU application {{reference}} for {{serviceName}}',
    body: [
      'A new application, reference {{reference}}, has been routed to {{serviceName}}.',
      'Sign in to read it and record your first contact: {{adminLink}}',
      'This email does not include the answers.',
    ].join('\n\n'),
  },
  urgentEmail: {
    subject: 'URGENT: PSU application {{reference}} answered a risk question',
    body: [
      'The applicant for {{reference}} answered a safeguarding question in a way that needs a response today.',
      'Follow the PSU safeguarding procedure and contact them today: {{adminLink}}',
      'This email does not include the answers.',
    ].join('\n\n'),
  },
}

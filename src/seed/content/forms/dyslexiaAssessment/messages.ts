import type { SeedMessages } from '../types'
import { PSU_EMAIL, URGENT_HELP_NOTE } from '../signposting'

/** Confirmation and emails. The service and urgent emails carry no answers: staff sign in to read them. */
export const dyslexiaAssessmentMessages: SeedMessages = {
  confirmation: [
    'Thank you for applying for a dyslexia assessment.',
    'We will contact you within 10 working days to tell you what happens next.',
    'Your reference is {{reference}}. Keep it: you will need it to check the progress of your application.',
    URGENT_HELP_NOTE,
  ].join('\n\n'),
  traineeEmail: {
    subject: 'Your dyslexia assessment application: {{reference}}',
    body: [
      'Dear {{firstName}},',
      'Thank you for applying for a dyslexia assessment through the Professional Support Unit. Your reference is {{reference}}.',
      `If you have a question about your application, email ${PSU_EMAIL} and quote your reference.`,
      'Professional Support Unit',
    ].join('\n\n'),
  },
  serviceEmail: {
    subject: 'New dyslexia assessment application {{reference}}',
    body: [
      'A new application for a dyslexia assessment, reference {{reference}}, has been routed to {{serviceName}}.',
      'Sign in to read it: {{adminLink}}',
      'This email does not include the answers.',
    ].join('\n\n'),
  },
  urgentEmail: {
    subject: 'URGENT: dyslexia assessment application {{reference}}',
    body: [
      'Application {{reference}} has been marked urgent and needs a response today.',
      'Follow the PSU safeguarding procedure: {{adminLink}}',
      'This email does not include the answers.',
    ].join('\n\n'),
  },
}

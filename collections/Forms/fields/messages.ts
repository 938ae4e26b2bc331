import type { Field } from 'payload'

const PLACEHOLDERS = 'Placeholders: {{reference}}, {{firstName}}, {{serviceName}}, {{formTitle}}, {{adminLink}}. Values are HTML-escaped.'

const email = (name: string, label: string): Field => ({
  name,
  label,
  type: 'group',
  admin: { description: PLACEHOLDERS },
  fields: [
    { name: 'subject', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
})

/** What the trainee sees and is sent after submitting, and what the PSU is sent. */
export const messageFields: Field[] = [
  {
    name: 'confirmation',
    label: 'Confirmation page: what happens next',
    type: 'textarea',
    required: true,
    admin: {
      description: `${PLACEHOLDERS} Also the "What happens next" of the trainee's email. Urgent referrals are told instead that they will be contacted within the urgent working days set in the sidebar.`,
    },
  },
  email('traineeEmail', 'Confirmation email to the trainee'),
  email('serviceEmail', 'Notification to the service inbox (no answers are included)'),
  email('urgentEmail', 'Urgent notification to the PSU duty address (risk answers)'),
]

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
    admin: { description: PLACEHOLDERS },
  },
  email('traineeEmail', 'Confirmation email to the trainee'),
  email('serviceEmail', 'Notification to the service inbox (no answers are included)'),
  email('urgentEmail', 'Urgent notification to the PSU duty address (risk answers)'),
]

import type { Field } from 'payload'

import { isCaseworkerField } from '@/access'

const nobody = () => false

/** What the trainee sent and what the service decided on arrival; fixed once stored. */
export const referralFields: Field[] = [
  {
    name: 'reference',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    access: { update: nobody },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'answers',
    type: 'json',
    required: true,
    access: { read: isCaseworkerField, update: nobody },
    admin: { readOnly: true },
  },
  {
    type: 'row',
    fields: [
      { name: 'form', type: 'relationship', relationTo: 'forms', required: true, access: { update: nobody }, admin: { readOnly: true } },
      {
        name: 'formVersion',
        label: 'Form version answered',
        type: 'relationship',
        relationTo: 'form-versions',
        required: true,
        access: { update: nobody },
        admin: { readOnly: true },
      },
      { name: 'formSlug', type: 'text', required: true, index: true, access: { update: nobody }, admin: { readOnly: true } },
    ],
  },
  {
    name: 'eligibility',
    label: 'Eligibility outcome',
    type: 'group',
    access: { update: nobody },
    admin: { readOnly: true, description: 'Empty when the form does not check eligibility.' },
    fields: [
      { name: 'eligible', type: 'checkbox' },
      { name: 'reason', type: 'textarea' },
    ],
  },
  {
    name: 'submittedAt',
    type: 'date',
    required: true,
    index: true,
    access: { update: nobody },
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'retainUntil',
    label: 'Keep until',
    type: 'date',
    required: true,
    index: true,
    access: { update: nobody },
    admin: { readOnly: true, position: 'sidebar', description: "Submitted date plus the form version's retention period." },
  },
  {
    name: 'emailsSent',
    label: 'Emails sent',
    type: 'group',
    access: { update: nobody },
    admin: { readOnly: true, position: 'sidebar', description: 'Each email is sent once; a retried job skips one already sent.' },
    fields: [
      { name: 'trainee', label: 'Confirmation to the trainee', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'service', label: 'Service notification', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'urgent', label: 'Urgent duty notification', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  {
    // Hidden from every API: it only makes a double-click or retry store one referral.
    name: 'idempotencyKey',
    type: 'text',
    unique: true,
    index: true,
    access: { read: nobody, update: nobody },
    admin: { hidden: true },
  },
]

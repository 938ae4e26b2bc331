import type { Field } from 'payload'

import { isCaseworkerField } from '@/access'

export const SUBMISSION_STATUSES = ['new', 'triaged', 'in-progress', 'closed'] as const
export const PRIORITIES = ['normal', 'urgent'] as const

const label = (value: string) => value[0].toUpperCase() + value.slice(1).replace('-', ' ')

/** What case workers do with a referral: route, triage, assign and note. */
export const caseFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'routedService', label: 'Service', type: 'relationship', relationTo: 'services', index: true },
      {
        name: 'priority',
        type: 'select',
        required: true,
        defaultValue: 'normal',
        index: true,
        options: PRIORITIES.map((value) => ({ value, label: label(value) })),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'new',
        index: true,
        options: SUBMISSION_STATUSES.map((value) => ({ value, label: label(value) })),
      },
    ],
  },
  { name: 'assignee', type: 'relationship', relationTo: 'users' },
  {
    name: 'notes',
    type: 'array',
    access: { read: isCaseworkerField, create: isCaseworkerField, update: isCaseworkerField },
    fields: [
      { name: 'text', type: 'textarea', required: true },
      {
        type: 'row',
        fields: [
          // Filled from the signed-in user and the clock, so a note says who wrote it and when.
          { name: 'author', type: 'relationship', relationTo: 'users', defaultValue: ({ user }) => user?.id, admin: { readOnly: true } },
          { name: 'at', type: 'date', defaultValue: () => new Date().toISOString(), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
  },
]

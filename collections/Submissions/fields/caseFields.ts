import type { Field } from 'payload'

import { isCaseworkerField, nobody } from '@/access'
import { encryptedTextarea } from '@/crypto/encryptedFields'
import { OUTCOME_LABELS, OUTCOMES, PRIORITIES, PRIORITY_LABELS, STAGE_LABELS, STAGE_REACHED_AT, STAGES } from '@/casework/stages'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** When the referral reached each stage: written by the server from its clock, never by a request. */
const stageTimestamps: Field[] = Object.entries(STAGE_REACHED_AT).map(([stage, name]) => ({
  name,
  label: `${STAGE_LABELS[stage as keyof typeof STAGE_LABELS]} at`,
  type: 'date',
  index: true,
  access: { update: nobody },
  admin: { readOnly: true, ...dateTime },
}))

/** What case workers do with a referral: route, triage, assign, contact, note and close. */
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
        options: PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] })),
      },
      {
        name: 'status',
        label: 'Stage',
        type: 'select',
        required: true,
        defaultValue: 'new',
        index: true,
        options: STAGES.map((value) => ({ value, label: STAGE_LABELS[value] })),
      },
    ],
  },
  {
    name: 'outcome',
    type: 'select',
    options: OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] })),
    admin: { description: 'Required to close the referral.', condition: (data) => data?.status === 'closed' || Boolean(data?.outcome) },
  },
  { name: 'assignee', type: 'relationship', relationTo: 'users', index: true },
  {
    name: 'firstContactDueAt',
    label: 'First contact due',
    type: 'date',
    index: true,
    access: { update: nobody },
    admin: { readOnly: true, position: 'sidebar', description: "Set on arrival from the service's (or, if urgent, the form's) working days.", ...dateTime },
  },
  {
    type: 'collapsible',
    label: 'Stage history',
    admin: { position: 'sidebar', initCollapsed: true },
    fields: stageTimestamps,
  },
  {
    name: 'notes',
    type: 'array',
    access: { read: isCaseworkerField, create: isCaseworkerField, update: isCaseworkerField },
    fields: [
      // Encrypted at rest (src/crypto).
      encryptedTextarea({ name: 'text', required: true }),
      {
        type: 'row',
        fields: [
          // Set by the server from the signed-in user and the clock, so a note says who wrote it and when.
          { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
          { name: 'at', type: 'date', admin: { readOnly: true, ...dateTime } },
        ],
      },
    ],
  },
]

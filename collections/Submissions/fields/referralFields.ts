import type { Field } from 'payload'

import { isCaseworkerField, nobody } from '@/access'
import { encryptedJson } from '@/crypto/encryptedFields'
import type { EmailKind } from '@/email/types'
import { EMAIL_SENT_FIELDS } from '@/submissions/emailsSent'
import { factQuestions } from '@/eligibility/facts'

const EMAIL_LABELS: Record<EmailKind, string> = {
  trainee: 'Confirmation to the trainee',
  service: 'Service notification',
  urgent: 'Urgent duty notification',
}

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
    // Copied from the answers on arrival, so queues and staff search need not read the answers.
    type: 'row',
    fields: [
      { name: 'applicantName', label: "Applicant's name", type: 'text', index: true, access: { read: isCaseworkerField, update: nobody }, admin: { readOnly: true } },
      { name: 'applicantEmail', label: "Applicant's email", type: 'email', index: true, access: { read: isCaseworkerField, update: nobody }, admin: { readOnly: true } },
    ],
  },
  {
    // Copied from the answers on arrival (src/reports/reportingFacts.ts): reports count these, never the answers.
    type: 'row',
    fields: (['staffGroup', 'region'] as const).map((name) => {
      const question = factQuestions[name]
      return {
        name,
        label: name === 'staffGroup' ? 'Staff group' : 'Region',
        type: 'select' as const,
        options: (question.options ?? []).map(({ value, label }) => ({ value, label })),
        access: { update: nobody },
        admin: { readOnly: true },
      }
    }),
  },
  // Encrypted at rest (src/crypto). Shown readably by the referral summary (src/admin/referral), not as raw JSON.
  encryptedJson({
    name: 'answers',
    required: true,
    access: { read: isCaseworkerField, update: nobody },
    admin: { readOnly: true, hidden: true },
  }),
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
    // Three top-level fields, not a group: each job writes only its own column, so parallel
    // jobs of one referral never overwrite each other's record.
    type: 'collapsible',
    label: 'Emails sent',
    admin: { position: 'sidebar', description: 'Each email is sent once; a retried job skips one already sent.' },
    fields: [
      {
        // Empty until the emails' jobs are queued: the referral is its own outbox (src/submissions/queueEmails.ts).
        name: 'emailsQueuedAt',
        label: 'Emails queued',
        type: 'date',
        index: true,
        access: { update: nobody },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      ...(Object.entries(EMAIL_SENT_FIELDS) as Array<[EmailKind, string]>).map(([kind, name]) => ({
        name,
        label: EMAIL_LABELS[kind],
        type: 'date' as const,
        access: { update: nobody },
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
      })),
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

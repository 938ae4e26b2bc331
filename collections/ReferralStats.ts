import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { OUTCOMES, PRIORITIES, STAGES } from '@/casework/stages'
import { REGIONS, STAFF_GROUPS } from '@/reports/reportingFacts'

const values = (list: readonly string[]) => list.map((value) => ({ value, label: value }))

/**
 * One de-identified record per referral ever received, for the managers' reports: no name,
 * contact details, answers, notes or reference. Kept in step with its referral by the
 * referrals' hooks (src/reports/referralStats.ts). When a referral is deleted (retention or
 * erasure) its record stays, unlinked, so published totals never change. Read only by the
 * reports code on the server.
 */
export const ReferralStats: CollectionConfig = {
  slug: 'referral-stats',
  labels: { singular: 'Referral statistic', plural: 'Referral statistics' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // The open caseload "now" (by stage, service and day received; overdue by due time) read
  // from the index alone, however many closed referrals there are.
  indexes: [{ fields: ['stage', 'service', 'receivedDay'] }, { fields: ['stage', 'firstContactDueAt', 'service'] }],
  fields: [
    // Empty once the referral itself is deleted.
    { name: 'referral', type: 'relationship', relationTo: 'submissions', unique: true, index: true, maxDepth: 0 },
    { name: 'service', type: 'relationship', relationTo: 'services', index: true, maxDepth: 0 },
    { name: 'formSlug', type: 'text', index: true },
    { name: 'staffGroup', type: 'select', options: values(STAFF_GROUPS) },
    { name: 'region', type: 'select', options: values(REGIONS) },
    { name: 'priority', type: 'select', required: true, options: values(PRIORITIES) },
    { name: 'stage', type: 'select', required: true, index: true, options: values(STAGES) },
    { name: 'outcome', type: 'select', options: values(OUTCOMES) },
    { name: 'receivedAt', type: 'date', required: true, index: true },
    // The UK calendar day received (YYYY-MM-DD): what the roll-ups and weeks are keyed by.
    { name: 'receivedDay', type: 'text', required: true, index: true },
    { name: 'firstContactDueAt', type: 'date' },
    { name: 'triagedAt', type: 'date' },
    { name: 'firstContactAt', type: 'date' },
    { name: 'supportStartedAt', type: 'date' },
    { name: 'closedAt', type: 'date' },
    { name: 'workingDaysToFirstContact', type: 'number' },
    { name: 'contactedWithinDeadline', type: 'checkbox' },
  ],
}

import type { CollectionConfig } from 'payload'

import { isAdmin, nobody, routedToOwnServices } from '@/access'
import { referralSummaryField } from '@/admin/referral/referralSummaryField'
import { caseFields } from './fields/caseFields'
import { referralFields } from './fields/referralFields'
import { auditStaffRead } from './hooks/auditStaffRead'
import { rememberOperation } from './hooks/rememberOperation'

/**
 * Referrals from trainees. Nobody creates one through the collection API: the public form
 * endpoint (`POST /api/forms/{slug}/submissions`) validates and stores them with the Local
 * API. Case workers see those routed to their services; every staff read is audited.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: { singular: 'Referral', plural: 'Referrals' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'applicantName', 'routedService', 'priority', 'status', 'assignee', 'firstContactDueAt', 'submittedAt'],
    group: 'Referrals',
    listSearchableFields: ['reference', 'applicantName'],
  },
  access: { read: routedToOwnServices, create: nobody, update: routedToOwnServices, delete: isAdmin },
  // Urgent first ('urgent' sorts after 'normal'), then the newest. Payload's list view applies
  // an array only as the default (a column sort chosen by the user replaces it).
  defaultSort: ['-priority', '-submittedAt'],
  hooks: { beforeOperation: [rememberOperation], afterRead: [auditStaffRead] },
  fields: [...referralFields, referralSummaryField, ...caseFields],
}

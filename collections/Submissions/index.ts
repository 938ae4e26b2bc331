import type { CollectionConfig } from 'payload'

import { isAdmin, nobody, routedToOwnServices } from '@/access'
import { referralSummaryField } from '@/admin/referral/referralSummaryField'
import { caseFields } from './fields/caseFields'
import { referralFields } from './fields/referralFields'
import { takeNextEndpoint } from './endpoints/takeNextEndpoint'
import { appendOnlyNotes } from './hooks/appendOnlyNotes'
import { auditCaseChanges } from './hooks/auditCaseChanges'
import { auditStaffRead } from './hooks/auditStaffRead'
import { detachReferralStats } from './hooks/detachReferralStats'
import { enforceAllocation } from './hooks/enforceAllocation'
import { enforceStageTransition } from './hooks/enforceStageTransition'
import { guardSensitiveQuery } from './hooks/guardSensitiveQuery'
import { keepReferralStats } from './hooks/keepReferralStats'
import { rememberOperation } from './hooks/rememberOperation'
import { stampStageTimes } from './hooks/stampStageTimes'

/**
 * Referrals from trainees. Nobody creates one through the collection API: the public form
 * endpoint (`POST /api/forms/{slug}/submissions`) validates and stores them with the Local
 * API. Case workers see those routed to their services; every staff read is audited. The
 * case-work rules (allowed stage moves, append-only notes, allocation) hold for every caller,
 * so they live in hooks rather than access; every change of stage, holder, service or
 * priority is audited.
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
  hooks: {
    beforeOperation: [rememberOperation, guardSensitiveQuery],
    beforeChange: [enforceStageTransition, stampStageTimes, enforceAllocation, appendOnlyNotes],
    afterChange: [auditCaseChanges, keepReferralStats],
    afterRead: [auditStaffRead],
    afterDelete: [detachReferralStats],
  },
  endpoints: [takeNextEndpoint],
  fields: [...referralFields, referralSummaryField, ...caseFields],
}

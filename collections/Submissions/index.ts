import type { CollectionConfig } from 'payload'

import { isAdmin, nobody, routedToOwnServices } from '@/access'
import { caseFields } from './fields/caseFields'
import { referralFields } from './fields/referralFields'
import { takeNextEndpoint } from './endpoints/takeNextEndpoint'
import { appendOnlyNotes } from './hooks/appendOnlyNotes'
import { auditCaseChanges } from './hooks/auditCaseChanges'
import { auditStaffRead } from './hooks/auditStaffRead'
import { enforceAllocation } from './hooks/enforceAllocation'
import { enforceStageTransition } from './hooks/enforceStageTransition'
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
    defaultColumns: ['reference', 'formSlug', 'priority', 'status', 'routedService', 'submittedAt'],
    group: 'Referrals',
    listSearchableFields: ['reference'],
  },
  access: { read: routedToOwnServices, create: nobody, update: routedToOwnServices, delete: isAdmin },
  defaultSort: '-submittedAt',
  hooks: {
    beforeOperation: [rememberOperation],
    beforeChange: [enforceStageTransition, stampStageTimes, enforceAllocation, appendOnlyNotes],
    afterChange: [auditCaseChanges],
    afterRead: [auditStaffRead],
  },
  endpoints: [takeNextEndpoint],
  fields: [...referralFields, ...caseFields],
}

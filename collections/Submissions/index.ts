import type { CollectionConfig } from 'payload'

import { isAdmin, nobody, routedToOwnServices } from '@/access'
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
    defaultColumns: ['reference', 'formSlug', 'priority', 'status', 'routedService', 'submittedAt'],
    group: 'Referrals',
    listSearchableFields: ['reference'],
  },
  access: { read: routedToOwnServices, create: nobody, update: routedToOwnServices, delete: isAdmin },
  defaultSort: '-submittedAt',
  hooks: { beforeOperation: [rememberOperation], afterRead: [auditStaffRead] },
  fields: [...referralFields, ...caseFields],
}

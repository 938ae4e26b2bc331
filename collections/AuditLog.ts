import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/access'
import { AUDIT_OPERATIONS, STAFF_ACTIONS } from '@/submissions/audit'
import { CASE_CHANGES } from '@/submissions/caseAudit'

/**
 * Who saw which referral, and when; who changed its stage, assignee, service or priority,
 * from what to what. Written by the system only, never changed or deleted through any API, and read by administrators (subject-access requests, investigations).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: { useAsTitle: 'reference', defaultColumns: ['at', 'userEmail', 'reference', 'operation', 'from', 'to'], group: 'System' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    // Kept as text too, so the entry still names the person after their account is removed.
    { name: 'userEmail', type: 'text' },
    // Never populated: reading the log must not itself read (and audit) the referrals.
    // Empty for acts about many referrals or a person (STAFF_ACTIONS), and once the referral is deleted.
    { name: 'submission', type: 'relationship', relationTo: 'submissions', index: true, maxDepth: 0 },
    { name: 'reference', type: 'text', index: true },
    { name: 'operation', type: 'select', required: true, options: [...AUDIT_OPERATIONS, ...Object.keys(CASE_CHANGES), ...STAFF_ACTIONS] },
    // For a change: the value before and after (ids for people and services; empty for none).
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
    // For a staff action: the filters or query asked and how many records it touched.
    { name: 'details', type: 'json' },
  ],
}

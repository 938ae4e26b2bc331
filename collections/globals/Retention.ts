import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access'

/** How long the audit log is kept. Referrals carry their own keep-until date (from their form). */
export const Retention: GlobalConfig = {
  slug: 'retention',
  label: 'Retention',
  admin: { group: 'System' },
  access: { read: isAdmin, update: isAdmin },
  fields: [
    {
      name: 'auditLogRetentionYears',
      label: 'Keep audit entries for (years)',
      type: 'number',
      required: true,
      defaultValue: 6,
      min: 1,
      max: 50,
      admin: { step: 1, description: 'Entries older than this are deleted by the hourly retention task.' },
    },
    {
      // Shown, not stored: when the audit log is next purged and from which date (src/submissions/auditRetention.ts).
      name: 'nextAuditPurge',
      type: 'ui',
      admin: { components: { Field: '/src/admin/retention/NextAuditPurge#NextAuditPurge' } },
    },
  ],
}

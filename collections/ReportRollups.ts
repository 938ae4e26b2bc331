import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

/**
 * The referral statistics summed per UK day received and service, so a report over a year
 * reads a few thousand small records however many referrals there are. Rebuilt from the
 * statistics for the cells whose referrals changed (src/reports/rollups.ts); never written
 * through any API.
 */
export const ReportRollups: CollectionConfig = {
  slug: 'report-rollups',
  labels: { singular: 'Report roll-up', plural: 'Report roll-ups' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'serviceKey'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true },
    // The service's id as text, or 'none' for referrals not routed to a service.
    { name: 'serviceKey', type: 'text', required: true, index: true },
    { name: 'counts', type: 'json', required: true },
    { name: 'refreshedAt', type: 'date', required: true, index: true },
  ],
}

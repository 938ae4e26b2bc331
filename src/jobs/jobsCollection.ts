import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { readOnlyJsonFields } from '@/admin/readOnlyJsonFields'
import { retryJobEndpoint } from './retryJob'

/**
 * Payload's jobs collection, shown to administrators under System: a referral email that ran
 * out of retries stays there, visible, with its error, and can be retried
 * (`POST /api/payload-jobs/:id/retry`, or "Retry this job" on its page). Nobody edits jobs by hand.
 */
export function jobsCollectionOverrides({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return {
    ...defaultJobsCollection,
    labels: { singular: 'Job', plural: 'Jobs' },
    admin: {
      ...defaultJobsCollection.admin,
      hidden: false,
      group: 'System',
      defaultColumns: ['taskSlug', 'input', 'hasError', 'totalTried', 'waitUntil', 'updatedAt'],
      description: 'Background work such as referral emails. A job with an error has used all its retries: open it to see why, then retry it.',
      components: {
        ...defaultJobsCollection.admin?.components,
        edit: {
          ...defaultJobsCollection.admin?.components?.edit,
          beforeDocumentControls: ['/src/jobs/RetryJobButton.client#RetryJobButton'],
        },
      },
    },
    access: { ...defaultJobsCollection.access, read: isAdmin },
    // Input, errors and logs as read-only text: Payload's JSON editor would load from a public CDN.
    fields: readOnlyJsonFields(defaultJobsCollection.fields),
    endpoints: [...(defaultJobsCollection.endpoints || []), retryJobEndpoint],
  }
}

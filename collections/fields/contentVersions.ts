import type { CollectionConfig } from 'payload'

/** Drafts, version history, autosave for live preview, and scheduled publishing. */
export const contentVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 800 }, schedulePublish: true },
}

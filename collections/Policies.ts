import type { CollectionConfig } from 'payload'

import { isEditor, isStaff, publishedOrStaff } from '@/access'
import { previewPath } from '@/site/paths'
import { contentVersions } from './fields/contentVersions'
import { slugField } from './fields/slug'
import { revalidatePublicSiteHooks } from './hooks/revalidatePublicSite'

/** Dated, versioned policies with a downloadable document. */
export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: { singular: 'Policy', plural: 'Policies' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedDate', 'reviewDate', '_status'],
    livePreview: { url: ({ data }) => previewPath('policies', String(data?.slug ?? '')) },
    preview: (doc) => previewPath('policies', String(doc?.slug ?? '')),
  },
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor, readVersions: isStaff },
  versions: contentVersions,
  defaultSort: 'order',
  hooks: revalidatePublicSiteHooks,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
    {
      type: 'row',
      fields: [
        { name: 'publishedDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'datePrecision',
          type: 'select',
          defaultValue: 'day',
          options: [
            { label: 'Day (1 May 2019)', value: 'day' },
            { label: 'Month (May 2019)', value: 'month' },
            { label: 'Year (2019)', value: 'year' },
          ],
          admin: { description: 'How precisely the published date is shown.' },
        },
        { name: 'reviewDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'document',
      type: 'upload',
      relationTo: 'media',
      required: true,
      admin: { description: 'The downloadable policy. A file marked as a placeholder in Media must be replaced.' },
    },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}

import type { CollectionConfig } from 'payload'

import { isEditor, isStaff, publishedOrStaff } from '@/access'
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS } from '@/casework/stages'
import { previewPath } from '@/site/paths'
import { contentVersions } from './fields/contentVersions'
import { SERVICE_GROUPS } from './fields/options'
import { slugField } from './fields/slug'
import { revalidatePublicSiteHooks } from './hooks/revalidatePublicSite'

/** Each PSU service, its page on the public site and its place in the navigation. */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: 'Service', plural: 'Services' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'group', 'navOrder', '_status', 'updatedAt'],
    livePreview: { url: ({ data }) => previewPath('services', String(data?.slug ?? '')) },
    preview: (doc) => previewPath('services', String(doc?.slug ?? '')),
  },
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor, readVersions: isStaff },
  versions: contentVersions,
  defaultSort: 'navOrder',
  hooks: revalidatePublicSiteHooks,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences: shown in lists, search results and as the page description.' },
    },
    { name: 'body', type: 'richText' },
    { name: 'whoFor', label: 'Who it is for', type: 'textarea' },
    { name: 'howToAccess', label: 'How to access', type: 'textarea' },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text' },
      ],
    },
    { name: 'relatedResources', type: 'relationship', relationTo: 'resources', hasMany: true },
    {
      name: 'applicationForm',
      label: 'Form used to apply',
      type: 'relationship',
      relationTo: 'forms',
      admin: { description: 'Trainees apply for this service through this form.' },
    },
    {
      name: 'firstContactWorkingDays',
      label: 'First contact within (working days)',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_FIRST_CONTACT_WORKING_DAYS,
      min: 1,
      max: 60,
      admin: { position: 'sidebar', description: "A routine referral's first contact is due this many working days after it arrives." },
    },
    { name: 'group', type: 'select', required: true, defaultValue: 'tab', options: SERVICE_GROUPS, admin: { position: 'sidebar' } },
    {
      name: 'navOrder',
      label: 'Order in the navigation',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers come first.' },
    },
  ],
}

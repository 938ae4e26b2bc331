import type { CollectionConfig } from 'payload'

import { isEditor, isStaff, publishedOrStaff } from '@/access'
import { previewPath } from '@/site/paths'
import { validateHref } from '@/site/validateHref'
import { contentVersions } from './fields/contentVersions'
import { AUDIENCES, RESOURCE_TYPES, TOPICS } from './fields/options'
import { slugField } from './fields/slug'
import { revalidatePublicSiteHooks } from './hooks/revalidatePublicSite'

/** The resources library: podcasts, webinars, self-help, courses and links, tagged for filtering. */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: { singular: 'Resource', plural: 'Resources' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', '_status', 'updatedAt'],
    livePreview: { url: ({ data }) => previewPath('resources', String(data?.slug ?? '')) },
    preview: (doc) => previewPath('resources', String(doc?.slug ?? '')),
  },
  access: { read: publishedOrStaff, create: isEditor, update: isEditor, delete: isEditor, readVersions: isStaff },
  versions: contentVersions,
  defaultSort: 'title',
  hooks: revalidatePublicSiteHooks,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160 },
    slugField(),
    { name: 'type', type: 'select', required: true, options: RESOURCE_TYPES, index: true },
    { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
    { name: 'body', type: 'richText' },
    { name: 'url', label: 'Link', type: 'text', validate: validateHref, admin: { description: 'For external resources: the full https:// address.' } },
    { name: 'topics', type: 'select', hasMany: true, options: TOPICS },
    { name: 'audiences', type: 'select', hasMany: true, options: AUDIENCES },
    { name: 'services', type: 'relationship', relationTo: 'services', hasMany: true },
  ],
}

import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '@/access'

/**
 * Immutable snapshots of published forms. Nobody may change or delete one through any API:
 * submissions point at them, and must always display as the trainee answered them.
 */
export const FormVersions: CollectionConfig = {
  slug: 'form-versions',
  labels: { singular: 'Published form version', plural: 'Published form versions' },
  // `FormVersion` is already the GraphQL type of the versions of `forms`.
  graphQL: { singularName: 'PublishedFormVersion', pluralName: 'PublishedFormVersions' },
  admin: { useAsTitle: 'slug', defaultColumns: ['slug', 'version', 'createdAt'], group: 'Forms' },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-version',
  fields: [
    { name: 'form', type: 'relationship', relationTo: 'forms', required: true, index: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'version', type: 'number', required: true },
    { name: 'definition', type: 'json', required: true },
    { name: 'messages', type: 'json', required: true },
    { name: 'retentionDays', type: 'number', required: true },
  ],
}

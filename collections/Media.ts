import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'

/** Uploaded files: policy documents and images. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'File', plural: 'Media' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'filename', 'isPlaceholder'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: path.resolve(process.cwd(), 'data', 'media'),
    mimeTypes: ['application/pdf', 'image/*', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'alt', label: 'Alternative text', type: 'text', admin: { description: 'For images: what the image shows.' } },
    {
      name: 'isPlaceholder',
      label: 'Placeholder: replace with the real document',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
  ],
}

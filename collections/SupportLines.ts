import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { validateHref } from '@/site/validateHref'
import { revalidatePublicSiteHooks } from './hooks/revalidatePublicSite'

/**
 * Urgent and crisis contacts. No drafts: a corrected number must go live the moment it is saved.
 * Phone and text numbers are kept as written for display; links are built from their digits.
 */
export const SupportLines: CollectionConfig = {
  slug: 'support-lines',
  labels: { singular: 'Support line', plural: 'Support lines' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'phone', 'textCode', 'order'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  hooks: revalidatePublicSiteHooks,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'whoFor', label: 'Who it is for', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', validate: ukNumberOrEmpty },
        { name: 'phoneHours', label: 'Phone hours', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'textCode', label: 'Text code', type: 'text', admin: { description: 'The word to text, e.g. FRONTLINE.' } },
        { name: 'textNumber', label: 'Text number', type: 'text', validate: ukNumberOrEmpty },
        { name: 'textHours', label: 'Text hours', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'link', type: 'text', validate: validateHref },
        { name: 'linkLabel', label: 'Link text', type: 'text' },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}

function ukNumberOrEmpty(value: string | null | undefined): true | string {
  if (!value) return true
  return /^\+?[\d ]{3,20}$/.test(value) ? true : 'Enter digits and spaces only, like 0300 131 7000'
}

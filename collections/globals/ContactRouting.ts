import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { revalidateGlobalAfterChange } from '../hooks/revalidatePublicSite'

/** Where to go first for matters the PSU does not handle (contract, physical health, rotation). */
export const ContactRouting: GlobalConfig = {
  slug: 'contact-routing',
  label: 'Contact routing',
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [revalidateGlobalAfterChange] },
  fields: [
    {
      name: 'routes',
      type: 'array',
      fields: [
        { name: 'topic', type: 'select', required: true, options: ['contract', 'physical-health', 'rotation', 'other'] },
        { name: 'advice', type: 'textarea', required: true },
      ],
    },
  ],
}

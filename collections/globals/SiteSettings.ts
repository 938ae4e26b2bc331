import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { validateHref } from '@/site/validateHref'
import { revalidateGlobalAfterChange } from '../hooks/revalidatePublicSite'

const section = (name: string, label: string) => ({
  name,
  label,
  type: 'group' as const,
  fields: [
    { name: 'heading', type: 'text' as const, required: true },
    { name: 'text', type: 'textarea' as const },
  ],
})

/** The site's own words: service name, home page sections, urgent-help heading, contact email. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [revalidateGlobalAfterChange] },
  fields: [
    { name: 'serviceName', type: 'text', required: true, defaultValue: 'Professional Support Unit' },
    { name: 'contactEmail', type: 'email', required: true },
    { name: 'introText', label: 'What the PSU is', type: 'textarea', required: true },
    {
      name: 'navigation',
      type: 'array',
      admin: { description: 'Extra links in the header, after the services.' },
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'href', label: 'Link', type: 'text', required: true, validate: validateHref },
      ],
    },
    section('urgentHelp', 'Urgent help'),
    section('covid', 'COVID-19 support'),
    section('workforce', 'Inducting, returning and retaining the workforce'),
    section('whoCanAccess', 'Who can access'),
    section('howToAccess', 'How to access'),
    section('questions', 'Questions and queries'),
  ],
}

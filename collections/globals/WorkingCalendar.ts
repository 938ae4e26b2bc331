import type { GlobalConfig } from 'payload'

import { isAdmin, isStaff } from '@/access'
import { forgetClosures } from '@/submissions/closures'

/**
 * Days the PSU office is closed beyond weekends and England and Wales bank holidays (which come
 * from a library): deadlines in working days skip them too.
 */
export const WorkingCalendar: GlobalConfig = {
  slug: 'working-calendar',
  label: 'Working calendar',
  admin: { group: 'Referrals' },
  access: { read: isStaff, update: isAdmin },
  hooks: { afterChange: [() => forgetClosures()] },
  fields: [
    {
      name: 'closures',
      label: 'Office closure days',
      type: 'array',
      admin: { description: 'e.g. the office Christmas closure. Weekends and bank holidays are already skipped.' },
      fields: [
        { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } },
        { name: 'label', type: 'text', required: true },
      ],
    },
  ],
}

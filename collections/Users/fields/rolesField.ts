import type { SelectField } from 'payload'

import { isAdminField, ROLES } from '@/access'
import { isFirstUser } from './isFirstUser'

/**
 * A user's roles: only administrators set them. The first account on an empty database always
 * becomes the administrator (`makeFirstUserAdmin`), so its form shows Admin, not a default
 * that would be overruled on save.
 */
export const rolesField: SelectField = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  required: true,
  defaultValue: async ({ req }) => ((await isFirstUser(req)) ? ['admin'] : ['editor']),
  saveToJWT: true,
  options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
  access: { create: isAdminField, update: isAdminField },
  admin: {
    description: 'Only administrators change roles. The first account made on a new site is its administrator.',
  },
}

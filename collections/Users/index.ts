import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '@/access'
import { env } from '@/config/env'
import { unlockEndpoint } from './endpoints/unlockEndpoint'
import { rolesField } from './fields/rolesField'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

/** Payload's default and the most a staff session may last, in seconds. */
const TWO_HOURS = 2 * 60 * 60

/**
 * Staff accounts. Only administrators manage users and roles, and unlock accounts.
 * Each login is a session stored on the user (`useSessions`): logging out ends it, and a
 * password change (by the user or an administrator) ends every other session of the account.
 * The login cookie is `Secure` whenever the site is served over https.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: TWO_HOURS,
    useSessions: true,
    cookies: { secure: env().serverUrl.startsWith('https:'), sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  endpoints: [unlockEndpoint],
  fields: [
    { name: 'name', type: 'text' },
    rolesField,
    {
      name: 'services',
      label: 'Services (case workers see referrals routed to these)',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}

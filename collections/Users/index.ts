import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, ROLES } from '@/access'

/** The first account made on an empty database administers it; no one else can self-promote. */
const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return existing.totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

/** Staff accounts. Only administrators manage users and roles. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req }) => Boolean(req.user) },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: { create: isAdminField, update: isAdminField },
    },
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

import type { CollectionBeforeChangeHook } from 'payload'

import { isFirstUser } from '../fields/isFirstUser'

/** The first account made on an empty database administers it; no one else can self-promote. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return (await isFirstUser(req)) ? { ...data, roles: ['admin'] } : data
}

import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roles'

/** Only administrators: user management, retention, audit. */
export const isAdmin: Access = ({ req }) => (isAdminUser(req.user) ? true : false)

/** Field-level: only administrators may set this field (e.g. a user's roles). */
export const isAdminField: FieldAccess = ({ req }) => (isAdminUser(req.user) ? true : false)

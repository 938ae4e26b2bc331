import type { Access } from 'payload'

import { isEditorUser } from './roles'

/** Editors and admins create, update, publish and delete content and forms. */
export const isEditor: Access = ({ req }) => (isEditorUser(req.user) ? true : false)

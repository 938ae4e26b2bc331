import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { safeHrefSchema } from './safeHref'

/**
 * The `validate` of every link field an editor fills in (navigation, resources, support lines):
 * Payload's own text checks (required, length) first, then only safe links (see `safeHrefSchema`).
 */
export const validateHref: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  if (value === null || value === undefined || value === '') return true
  const parsed = safeHrefSchema.safeParse(value)
  return parsed.success ? true : parsed.error.issues[0].message
}

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { readsHealthDetails } from '@/access'
import { writeStaffAction } from '@/submissions/audit'
import { sensitiveQueryFields } from '@/submissions/sensitiveQuery'

/** Hook operations that take a `where` or `sort`, named as the audit entry records them. */
const QUERY_OPERATIONS: Record<string, string> = { read: 'find', count: 'count', readDistinct: 'findDistinct', update: 'update', delete: 'delete' }

export const SENSITIVE_QUERY_REFUSED =
  'Only admins and case workers may filter, sort or count referrals on their answers or notes.'

/**
 * A query that filters, sorts or counts on answers or notes reads them, even when no document
 * comes back (`count` runs no read hook). Acting for someone (any API, or the Local API with
 * access enforced), it is refused (403) unless they may read those fields, and otherwise audited:
 * one `sensitive-query` entry per query. Case workers' queries stay inside their services'
 * referrals through the collection's read access. Trusted server code (access overridden) is not
 * a member of staff asking.
 */
export const guardSensitiveQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const named = QUERY_OPERATIONS[operation]
  if (overrideAccess === true || !named) return args
  const fields = sensitiveQueryFields(args as { where?: unknown; sort?: unknown; field?: unknown })
  if (fields.length === 0) return args
  const user = req.user
  if (!user || !readsHealthDetails(user)) throw new APIError(SENSITIVE_QUERY_REFUSED, 403, undefined, true)
  await writeStaffAction(req, user, 'sensitive-query', { collection: collection.slug, fields: fields.join(','), operation: named })
  return args
}
